// The standard Vite + React setup: alphanode-widgets needs nothing here.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
});
