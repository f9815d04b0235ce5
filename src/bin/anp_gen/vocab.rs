//! The vocabulary generated posts are made of.

/// A technology stack a post is about.
pub(crate) struct Stack {
    pub(crate) name: &'static str,
    pub(crate) area: &'static str,
    pub(crate) lang: &'static str,
    pub(crate) code_language: &'static str,
    pub(crate) tools: [&'static str; 6],
    pub(crate) snippet: &'static str,
}

pub(crate) const STACKS: &[Stack] = &[
    Stack {
        name: "python services",
        area: "backend",
        lang: "python",
        code_language: "python",
        tools: ["fastapi", "pytest", "uvicorn", "ruff", "git", "logs"],
        snippet: "import time\n\nstart = time.perf_counter()\nresult = handler(request)\nprint(f\"took {time.perf_counter() - start:.3f}s\")",
    },
    Stack {
        name: "node apis",
        area: "backend",
        lang: "javascript",
        code_language: "javascript",
        tools: ["express", "jest", "npm", "eslint", "pm2", "git"],
        snippet: "const start = performance.now();\nawait handler(req, res);\nconsole.log(`took ${(performance.now() - start).toFixed(1)}ms`);",
    },
    Stack {
        name: "rust services",
        area: "backend",
        lang: "rust",
        code_language: "rust",
        tools: ["cargo", "tokio", "axum", "clippy", "tracing", "git"],
        snippet: "let start = std::time::Instant::now();\nlet result = handler(&request).await?;\ntracing::info!(elapsed_ms = start.elapsed().as_millis() as u64, \"handled\");",
    },
    Stack {
        name: "go workers",
        area: "backend",
        lang: "go",
        code_language: "go",
        tools: ["go test", "pprof", "golangci-lint", "docker", "prometheus", "git"],
        snippet: "start := time.Now()\nresult, err := handler(ctx, job)\nlog.Printf(\"took %s err=%v\", time.Since(start), err)",
    },
    Stack {
        name: "react frontends",
        area: "frontend",
        lang: "typescript",
        code_language: "typescript",
        tools: ["vite", "react testing library", "eslint", "playwright", "lighthouse", "git"],
        snippet: "const start = performance.now();\nconst data = await fetch(\"/api/posts\").then((r) => r.json());\nconsole.info(\"loaded\", data.length, \"posts in\", performance.now() - start, \"ms\");",
    },
    Stack {
        name: "postgres databases",
        area: "data",
        lang: "sql",
        code_language: "sql",
        tools: ["psql", "pg_stat_statements", "explain analyze", "pgbouncer", "pg_dump", "logs"],
        snippet: "explain (analyze, buffers)\nselect id, title\nfrom posts\nwhere published_at > now() - interval '7 days'\norder by published_at desc\nlimit 50;",
    },
    Stack {
        name: "django apps",
        area: "backend",
        lang: "python",
        code_language: "python",
        tools: ["django", "pytest", "gunicorn", "celery", "sentry", "git"],
        snippet: "from django.db import connection\n\nresponse = client.get(\"/orders/\")\nprint(response.status_code, len(connection.queries), \"queries\")",
    },
    Stack {
        name: "rails apps",
        area: "backend",
        lang: "ruby",
        code_language: "ruby",
        tools: ["rails", "rspec", "puma", "sidekiq", "rubocop", "git"],
        snippet: "elapsed = Benchmark.realtime do\n  OrdersController.new.index\nend\nRails.logger.info(\"index took #{(elapsed * 1000).round}ms\")",
    },
    Stack {
        name: "kubernetes deployments",
        area: "infrastructure",
        lang: "yaml",
        code_language: "yaml",
        tools: ["kubectl", "helm", "k9s", "prometheus", "grafana", "logs"],
        snippet: "readinessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  periodSeconds: 5\n  failureThreshold: 3",
    },
    Stack {
        name: "wordpress sites",
        area: "web",
        lang: "php",
        code_language: "php",
        tools: ["wp-cli", "php-fpm", "nginx", "redis", "query monitor", "logs"],
        snippet: "$start = microtime(true);\n$posts = get_posts(['numberposts' => 20]);\nerror_log(sprintf('took %.1fms', (microtime(true) - $start) * 1000));",
    },
    Stack {
        name: "java services",
        area: "backend",
        lang: "java",
        code_language: "java",
        tools: ["maven", "junit", "spring boot", "jfr", "gradle", "logs"],
        snippet: "long start = System.nanoTime();\nvar result = handler.handle(request);\nlog.info(\"took {}ms\", (System.nanoTime() - start) / 1_000_000);",
    },
    Stack {
        name: "redis caches",
        area: "data",
        lang: "redis",
        code_language: "bash",
        tools: ["redis-cli", "redis insight", "memtier", "prometheus", "grafana", "logs"],
        snippet: "redis-cli --latency-history -i 5\nredis-cli info stats | grep -E 'keyspace_(hits|misses)'",
    },
    Stack {
        name: "terraform infrastructure",
        area: "infrastructure",
        lang: "hcl",
        code_language: "hcl",
        tools: ["terraform", "tflint", "terragrunt", "checkov", "git", "logs"],
        snippet: "resource \"aws_s3_bucket_versioning\" \"backups\" {\n  bucket = aws_s3_bucket.backups.id\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}",
    },
    Stack {
        name: "vue frontends",
        area: "frontend",
        lang: "javascript",
        code_language: "javascript",
        tools: ["vite", "vitest", "pinia", "eslint", "cypress", "git"],
        snippet: "const start = performance.now();\nawait router.push(\"/dashboard\");\nconsole.info(\"navigation took\", Math.round(performance.now() - start), \"ms\");",
    },
];

pub(crate) const PROBLEMS: &[&str] = &[
    "keeping staging close to production",
    "reducing cold start time",
    "fixing flaky tests",
    "cutting container image size",
    "speeding up ci pipelines",
    "tracking down memory leaks",
    "reducing p99 latency",
    "running database migrations safely",
    "rotating secrets without downtime",
    "caching expensive queries",
    "debugging slow page loads",
    "rolling out feature flags",
    "cleaning up noisy logs",
    "recovering from a bad deploy",
    "managing dependency upgrades",
    "setting up useful alerts",
    "shrinking bundle size",
    "handling retries and timeouts",
    "load testing before launch",
    "backing up and restoring data",
    "paginating large result sets",
];

pub(crate) const SCENARIOS: &[&str] = &[
    "with simple rollback steps",
    "on a small team",
    "under real traffic",
    "without a maintenance window",
    "with limited observability",
    "on a tight budget",
    "during a busy release week",
    "after an incident",
    "with legacy code in the way",
    "across several environments",
];

pub(crate) const DIFFICULTIES: &[&str] = &["beginner", "intermediate", "advanced"];

pub(crate) const FOCUSES: &[&str] = &[
    "production work",
    "day-to-day maintenance",
    "safe rollouts",
    "measurable results",
];

pub(crate) const ACTIONS: &[&str] = &[
    "measure first, change carefully, document the result",
    "reproduce, isolate, then fix",
    "start small, verify, then widen the rollout",
    "automate the check before automating the fix",
    "write the runbook while the details are fresh",
];

pub(crate) const EMPHASES: &[&str] = &[
    "measurement",
    "safe defaults",
    "rollback planning",
    "maintainable documentation",
    "small reviewable changes",
    "clear ownership",
    "repeatable commands",
    "useful alerts",
];

pub(crate) const TITLES: &[&str] = &[
    "how to handle {problem} in {stack}",
    "a practical guide to {problem} for {stack}",
    "{problem} in {stack}: a step-by-step approach",
    "what we learned from {problem} in {stack}",
    "{problem} for {stack}, without the guesswork",
];

pub(crate) const INTROS: &[&str] = &[
    "a reliable {stack} setup is less about clever code and more about repeatable habits. in this guide, we look at {problem} {scenario} and keep the steps focused on {focus}.",
    "most teams running {stack} meet {problem} sooner or later. this guide walks through {problem} {scenario}, with the steps kept small enough to review and focused on {focus}.",
    "{problem} in {stack} looks simple until it breaks on a friday. here we handle it {scenario} and keep every step focused on {focus}.",
];

pub(crate) const PARAGRAPHS: &[&str] = &[
    "start by writing down what the system currently does. include the route, the expected input, the slow query or failing command, and the exact place where the user notices the problem. this small baseline prevents random changes and makes the final result easier to verify.",
    "the first useful improvement is usually visibility. collect the response time, error rate, cache status, and database call count before changing code. if those numbers are not available, add a lightweight log line or health check instead of guessing.",
    "for performance work, change one variable at a time. measure the before state, apply the smallest safe change, clear only the cache that matters, and compare the result. this avoids confusing a lucky cache hit with a real fix. for this {stack} case, keep the owner, expected result, and rollback note in the same place.",
    "next, make the change reproducible. put the exact {tool} command in the repository, not in a chat thread, and run it the same way locally, in ci, and in staging. when a step only works on one laptop, it is not a step yet.",
    "treat configuration as code. compare environment variables, feature flags, and dependency versions between environments, and write the differences down. most surprises with {problem} come from a setting nobody remembered changing.",
    "keep the blast radius small. roll the change out to one instance or a small share of traffic first, watch the same metrics you collected earlier, and only then widen the rollout. if the numbers move the wrong way, roll back before investigating.",
    "use {tool} and {tool2} together rather than in isolation. one tells you what changed, the other tells you whether it mattered. a short note that links both results is worth more than a long report nobody reads.",
    "think about the next person. a {stack} change that nobody can explain in six months is a liability, even if it works today. write down why the change was made, not only what was changed.",
    "watch for the edge cases that only appear under load or with real data: empty inputs, very large payloads, slow downstream services, and clock differences between machines. a test that covers one of these is cheaper than an incident.",
];

pub(crate) const FINALS: &[&str] = &[
    "the best result is not only a faster or cleaner {stack} implementation. it is a change that another developer can inspect, understand, and safely repeat. keep the final commands, metrics, and assumptions close to the article so future maintenance is easier.",
    "{problem} is rarely finished in one pass. keep the checklist with the service, revisit it after the next release, and update it when the {stack} setup changes.",
    "if you only keep one habit from this guide, keep the measurement. numbers collected before and after the change turn a guess about {problem} into a decision the whole team can check.",
];

pub(crate) const WHY_HEADINGS: &[&str] = &[
    "why this matters",
    "where to start",
    "the baseline",
    "what usually goes wrong",
];

pub(crate) const FINAL_HEADINGS: &[&str] = &["final notes", "wrapping up", "what to keep"];

pub(crate) const CHECKLIST_TITLES: &[&str] = &[
    "implementation checklist",
    "rollout checklist",
    "before you ship",
];

pub(crate) const CHECKLIST_ITEMS: &[&str] = &[
    "inspect cache headers",
    "test logged-in traffic",
    "purge only the affected route",
    "measure response time",
    "keep a rollback command ready",
    "write down the current baseline",
    "compare staging and production config",
    "add a health check",
    "pin dependency versions",
    "run the test suite twice",
    "check the error rate after deploy",
    "name the owner of the change",
    "update the runbook",
    "review logs for new warnings",
    "confirm backups are recent",
    "tag the release",
    "remove temporary debug flags",
];

pub(crate) const MEASURES: &[&str] = &[
    "response time at p50 and p99",
    "error rate per route",
    "cache hit ratio",
    "database calls per request",
    "memory use after warm-up",
    "deploy duration",
    "queue depth",
    "cpu time per request",
];

pub(crate) const STEPS: &[&str] = &[
    "reproduce the problem on staging",
    "capture the baseline numbers",
    "apply the smallest safe change",
    "roll out to one instance",
    "compare against the baseline",
    "widen the rollout",
    "write down what changed",
];

pub(crate) const QUOTES: &[(&str, Option<&str>)] = &[
    ("measure twice, deploy once.", None),
    (
        "if it is not written down, it did not happen.",
        Some("an on-call engineer"),
    ),
    (
        "the fastest fix is the one you can roll back.",
        Some("a release manager"),
    ),
    ("every alert should have an owner and an action.", None),
    (
        "staging is only useful while it tells the truth about production.",
        Some("a platform team lead"),
    ),
];

pub(crate) const BRIEFS: &[&str] = &[
    "the article is written like a careful ai generated engineering draft: it explains the reason for the change, lists operational checks, and avoids pretending that one command fixes every production case.",
    "the article reads like a structured ai generated runbook: short sections, concrete checks, and an explicit rollback path instead of a single magic fix.",
    "the article follows an ai generated review style: it states the problem, shows how to measure it, and leaves the final decision to the people who own the system.",
];

pub(crate) const STATUSES: &[&str] = &["drafted", "in review", "published", "needs update"];

pub(crate) const NOTES: &[&str] = &[
    "sanitized array meta is expected to render as a list in the frontend box",
    "view count is synthetic and only used for testing meta volume",
    "content is generated for import/load testing and should be reviewed before indexing",
    "scores are synthetic and do not reflect real reviews",
    "image urls point at public unsplash photos and may change",
    "ids are stable for a given generator seed",
];

pub(crate) const PHOTOS: &[&str] = &[
    "photo-1498050108023-c5249f4df085",
    "photo-1515879218367-8466d910aaa4",
    "photo-1461749280684-dccba630e2f6",
    "photo-1555066931-4365d14bab8c",
    "photo-1517694712202-14dd9538aa97",
    "photo-1504639725590-34d0984388bd",
    "photo-1518770660439-4636190af475",
    "photo-1550751827-4bd374c3f58b",
    "photo-1526374965328-7f61d4dc18c5",
    "photo-1542831371-29b0f74f9713",
    "photo-1488590528505-98d2b5aba04b",
    "photo-1531297484001-80022131f5a1",
    "photo-1519389950473-47ba0277781c",
    "photo-1484417894907-623942c8ee29",
];

pub(crate) const METRIC_WORDS: &[&str] = &[
    "latency",
    "throughput",
    "errors",
    "cache",
    "queue",
    "memory",
    "cpu",
    "disk",
    "retries",
    "timeouts",
];
