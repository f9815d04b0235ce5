// The stylesheet as Next.js takes global CSS: imported in the root layout (the widget
// then adds none of its own).
import "alphanode-widgets/style.css";

export const metadata = { title: "alphanode-widgets in Next.js", icons: { icon: "/favicon.svg" } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
