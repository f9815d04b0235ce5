import { Posts } from "./posts";

export default function Page() {
  return (
    <main>
      <h1>Next.js host</h1>
      <Posts src="/posts/fixing-flaky-tests-react-frontends.json" />
    </main>
  );
}
