//! `anp-gen`: a deterministic generator for alphanode post corpora.
//!
//! Writes `DIR/index.json` (format `alphanode.index/1`) and one `DIR/{slug}.json`
//! (format `alphanode.post/1`) per post, shaped like the reference post in
//! `docs/reference-post.txt`. The same arguments always produce
//! byte-identical files: all randomness comes from a small built-in splitmix64
//! generator seeded by `--seed`.
//!
//! ```text
//! anp-gen [--posts N] [--seed S] [--out DIR] [--meta-entries M]
//!         [--include-reference FILE]
//!
//!   --posts N                 generated posts (default 50)
//!   --seed S                  generator seed; post ids count up from S + 1 (default 27517)
//!   --out DIR                 output directory, created if missing (default public/posts)
//!   --meta-entries M          extra "metric NNNNN" entries per post meta (default 0)
//!   --include-reference FILE  copy this post into DIR as the first index entry and
//!                             link three generated posts to it
//! ```
//!
//! Example (the shipped sample corpus):
//!
//! ```text
//! cargo run --bin anp-gen -- --posts 50 --seed 27517 --out public/posts \
//!     --include-reference public/posts/keeping-staging-close-to-production-python-services.json
//! ```
//!
//! Errors are reported on stderr with exit code 2; `--help` prints the usage.

use serde_json::{json, Map, Value};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: anp-gen [--posts N] [--seed S] [--out DIR] [--meta-entries M] \
[--include-reference FILE]";

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/// A technology stack a post is about.
struct Stack {
    name: &'static str,
    area: &'static str,
    lang: &'static str,
    code_language: &'static str,
    tools: [&'static str; 6],
    snippet: &'static str,
}

const STACKS: &[Stack] = &[
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

const PROBLEMS: &[&str] = &[
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

const SCENARIOS: &[&str] = &[
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

const DIFFICULTIES: &[&str] = &["beginner", "intermediate", "advanced"];

const FOCUSES: &[&str] = &[
    "production work",
    "day-to-day maintenance",
    "safe rollouts",
    "measurable results",
];

const ACTIONS: &[&str] = &[
    "measure first, change carefully, document the result",
    "reproduce, isolate, then fix",
    "start small, verify, then widen the rollout",
    "automate the check before automating the fix",
    "write the runbook while the details are fresh",
];

const EMPHASES: &[&str] = &[
    "measurement",
    "safe defaults",
    "rollback planning",
    "maintainable documentation",
    "small reviewable changes",
    "clear ownership",
    "repeatable commands",
    "useful alerts",
];

const TITLES: &[&str] = &[
    "how to handle {problem} in {stack}",
    "a practical guide to {problem} for {stack}",
    "{problem} in {stack}: a step-by-step approach",
    "what we learned from {problem} in {stack}",
    "{problem} for {stack}, without the guesswork",
];

const INTROS: &[&str] = &[
    "a reliable {stack} setup is less about clever code and more about repeatable habits. in this guide, we look at {problem} {scenario} and keep the steps focused on {focus}.",
    "most teams running {stack} meet {problem} sooner or later. this guide walks through {problem} {scenario}, with the steps kept small enough to review and focused on {focus}.",
    "{problem} in {stack} looks simple until it breaks on a friday. here we handle it {scenario} and keep every step focused on {focus}.",
];

const PARAGRAPHS: &[&str] = &[
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

const FINALS: &[&str] = &[
    "the best result is not only a faster or cleaner {stack} implementation. it is a change that another developer can inspect, understand, and safely repeat. keep the final commands, metrics, and assumptions close to the article so future maintenance is easier.",
    "{problem} is rarely finished in one pass. keep the checklist with the service, revisit it after the next release, and update it when the {stack} setup changes.",
    "if you only keep one habit from this guide, keep the measurement. numbers collected before and after the change turn a guess about {problem} into a decision the whole team can check.",
];

const WHY_HEADINGS: &[&str] = &[
    "why this matters",
    "where to start",
    "the baseline",
    "what usually goes wrong",
];

const FINAL_HEADINGS: &[&str] = &["final notes", "wrapping up", "what to keep"];

const CHECKLIST_TITLES: &[&str] = &[
    "implementation checklist",
    "rollout checklist",
    "before you ship",
];

const CHECKLIST_ITEMS: &[&str] = &[
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

const MEASURES: &[&str] = &[
    "response time at p50 and p99",
    "error rate per route",
    "cache hit ratio",
    "database calls per request",
    "memory use after warm-up",
    "deploy duration",
    "queue depth",
    "cpu time per request",
];

const STEPS: &[&str] = &[
    "reproduce the problem on staging",
    "capture the baseline numbers",
    "apply the smallest safe change",
    "roll out to one instance",
    "compare against the baseline",
    "widen the rollout",
    "write down what changed",
];

const QUOTES: &[(&str, Option<&str>)] = &[
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

const BRIEFS: &[&str] = &[
    "the article is written like a careful ai generated engineering draft: it explains the reason for the change, lists operational checks, and avoids pretending that one command fixes every production case.",
    "the article reads like a structured ai generated runbook: short sections, concrete checks, and an explicit rollback path instead of a single magic fix.",
    "the article follows an ai generated review style: it states the problem, shows how to measure it, and leaves the final decision to the people who own the system.",
];

const STATUSES: &[&str] = &["drafted", "in review", "published", "needs update"];

const NOTES: &[&str] = &[
    "sanitized array meta is expected to render as a list in the frontend box",
    "view count is synthetic and only used for testing meta volume",
    "content is generated for import/load testing and should be reviewed before indexing",
    "scores are synthetic and do not reflect real reviews",
    "image urls point at public unsplash photos and may change",
    "ids are stable for a given generator seed",
];

const PHOTOS: &[&str] = &[
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

const METRIC_WORDS: &[&str] = &[
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

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

/// Parsed command-line options.
#[derive(Debug)]
struct Args {
    posts: usize,
    seed: u64,
    out: PathBuf,
    meta_entries: usize,
    include_reference: Option<PathBuf>,
}

/// What the command line asks for.
enum Command {
    Run(Args),
    Help,
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut args = Args {
        posts: 50,
        seed: 27517,
        out: PathBuf::from("public/posts"),
        meta_entries: 0,
        include_reference: None,
    };
    while let Some(arg) = raw.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if arg.starts_with("--") => {
                (flag.to_string(), Some(value.to_string()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = || -> Result<String, String> {
            match inline.clone().or_else(|| raw.next()) {
                Some(v) => Ok(v),
                None => Err(format!("{flag} needs a value")),
            }
        };
        match flag.as_str() {
            "--posts" => args.posts = parse_number(&flag, &value()?)?,
            "--seed" => args.seed = parse_number(&flag, &value()?)?,
            "--out" => args.out = PathBuf::from(value()?),
            "--meta-entries" => args.meta_entries = parse_number(&flag, &value()?)?,
            "--include-reference" => args.include_reference = Some(PathBuf::from(value()?)),
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    Ok(Command::Run(args))
}

fn parse_number<T: std::str::FromStr>(flag: &str, text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("{flag} expects a non-negative integer, got `{text}`"))
}

// ---------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------

/// splitmix64: tiny, fast and good enough for synthetic content.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    /// True with the given percentage.
    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// `k` distinct indices of `0..n` (all of them when `k >= n`), in draw order.
    fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut pool: Vec<usize> = (0..n).collect();
        let k = k.min(n);
        for i in 0..k {
            let j = i + self.below(n - i);
            pool.swap(i, j);
        }
        pool.truncate(k);
        pool
    }

    /// `k` distinct items of `items`, kept in the pool's order.
    fn subset<T: Copy>(&mut self, items: &[T], k: usize) -> Vec<T> {
        let mut picked = self.distinct(items.len(), k);
        picked.sort_unstable();
        picked.into_iter().map(|i| items[i]).collect()
    }
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/// Lowercase, `[a-z0-9-]` only, no leading/trailing or doubled dashes.
fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

fn is_url_safe(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Hands out unique slugs, appending `-2`, `-3`, … on collision.
#[derive(Default)]
struct SlugRegistry {
    used: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl SlugRegistry {
    fn reserve(&mut self, slug: &str) {
        self.used.insert(slug.to_string());
    }

    fn claim(&mut self, base: &str) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let suffix = self.next_suffix.entry(base.to_string()).or_insert(2);
        loop {
            let candidate = format!("{base}-{suffix}");
            *suffix += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

// ---------------------------------------------------------------------------
// Planning: who is who, and who links to whom
// ---------------------------------------------------------------------------

/// Everything about a generated post that other posts need to know.
struct PostSpec {
    number: u64,
    slug: String,
    title: String,
    summary: String,
    topic: String,
    problem: &'static str,
    stack: &'static Stack,
    scenario: &'static str,
    difficulty: &'static str,
    content_seed: u64,
    similar: Vec<Link>,
}

/// A similar-post link target.
#[derive(Clone, Copy, PartialEq)]
enum Link {
    Generated(usize),
    Reference,
}

/// The copied reference post.
struct Reference {
    slug: String,
    bytes: Vec<u8>,
    entry: Value,
    post_ref: Value,
}

fn plan_posts(args: &Args, slugs: &mut SlugRegistry) -> Vec<PostSpec> {
    let mut rng = Rng::new(args.seed);
    (0..args.posts)
        .map(|i| {
            let problem = rng.pick(PROBLEMS);
            let stack = &STACKS[rng.below(STACKS.len())];
            let scenario = rng.pick(SCENARIOS);
            let difficulty = rng.pick(DIFFICULTIES);
            let template = rng.pick(TITLES);
            let count = 4 + rng.below(2);
            let emphases = rng.subset(EMPHASES, count);
            let title = template
                .replace("{problem}", problem)
                .replace("{stack}", stack.name);
            PostSpec {
                number: args.seed.wrapping_add(1).wrapping_add(i as u64),
                slug: slugs.claim(&slugify(&format!("{problem} {}", stack.name))),
                summary: summary_text(problem, stack.name, &emphases),
                topic: format!("{problem} / {}", stack.name),
                title,
                problem,
                stack,
                scenario,
                difficulty,
                content_seed: rng.next_u64(),
                similar: Vec::new(),
            }
        })
        .collect()
}

fn summary_text(problem: &str, stack: &str, emphases: &[&str]) -> String {
    let (last, rest) = match emphases.split_last() {
        Some(split) => split,
        None => return format!("this ai-style technical summary explains {problem} in {stack}."),
    };
    let list = if rest.is_empty() {
        last.to_string()
    } else {
        format!("{}, and {last}", rest.join(", "))
    };
    format!(
        "this ai-style technical summary explains {problem} in {stack}, with emphasis on {list}."
    )
}

/// Gives every post 3–5 similar links to other posts, preferring the same problem,
/// and links three generated posts to the reference post when there is one.
fn link_posts(specs: &mut [PostSpec], seed: u64, with_reference: bool) {
    let mut rng = Rng::new(seed ^ 0x51A1_1A4C_0FFE_E000);
    let mut by_problem: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, spec) in specs.iter().enumerate() {
        by_problem.entry(spec.problem).or_default().push(i);
    }
    let n = specs.len();
    for (i, spec) in specs.iter_mut().enumerate() {
        let want = 3 + rng.below(3);
        let same = by_problem.get(spec.problem).map_or(&[][..], Vec::as_slice);
        let picked = pick_similar(&mut rng, i, n, same, want);
        spec.similar = picked.into_iter().map(Link::Generated).collect();
    }
    if with_reference {
        for i in rng.distinct(n, 3) {
            let similar = &mut specs[i].similar;
            similar.insert(0, Link::Reference);
            similar.truncate(5);
        }
    }
}

fn pick_similar(rng: &mut Rng, me: usize, n: usize, same: &[usize], want: usize) -> Vec<usize> {
    let want = want.min(n.saturating_sub(1));
    let mut picked: Vec<usize> = Vec::with_capacity(want);
    let offer = |candidate: usize, picked: &mut Vec<usize>| {
        if candidate != me && picked.len() < want && !picked.contains(&candidate) {
            picked.push(candidate);
        }
    };
    for _ in 0..4 {
        if same.is_empty() || picked.len() >= 2.min(want) {
            break;
        }
        offer(same[rng.below(same.len())], &mut picked);
    }
    for _ in 0..want * 8 {
        if picked.len() >= want {
            break;
        }
        offer(rng.below(n), &mut picked);
    }
    let start = rng.below(n);
    for step in 0..n {
        if picked.len() >= want {
            break;
        }
        offer((start + step) % n, &mut picked);
    }
    picked
}

// ---------------------------------------------------------------------------
// Content of one post
// ---------------------------------------------------------------------------

/// An image block together with its meta source entry.
struct Image {
    src: String,
    caption: String,
}

/// The random choices behind one post's body and meta.
struct Content {
    intro: String,
    why_heading: &'static str,
    middle: Vec<String>,
    final_heading: &'static str,
    final_text: String,
    images: Vec<Image>,
    checklist_title: &'static str,
    checklist: Vec<&'static str>,
    checked: Option<Vec<bool>>,
    list: Option<(bool, Vec<&'static str>)>,
    quote: Option<(&'static str, Option<&'static str>)>,
    code: bool,
    tools: Vec<&'static str>,
    action: &'static str,
    brief: &'static str,
    view_count: u64,
    score: [u64; 4],
    revision: (&'static str, String, String),
    reference: String,
    hash: String,
    needs_review: bool,
    notes: Vec<&'static str>,
}

fn fill(template: &str, spec: &PostSpec, focus: &str, tools: &[&str]) -> String {
    let tool = tools.first().copied().unwrap_or("git");
    let tool2 = tools.get(1).copied().unwrap_or("logs");
    template
        .replace("{problem}", spec.problem)
        .replace("{stack}", spec.stack.name)
        .replace("{scenario}", spec.scenario)
        .replace("{focus}", focus)
        .replace("{tool2}", tool2)
        .replace("{tool}", tool)
}

fn plan_content(spec: &PostSpec, index: usize) -> Content {
    let mut rng = Rng::new(spec.content_seed);
    let force_all = index == 0;
    let tool_count = 4 + rng.below(3);
    let tools = rng.subset(&spec.stack.tools, tool_count);
    let focus = rng.pick(FOCUSES);
    let middle_count = 1 + rng.below(4);
    let middle = rng
        .subset(PARAGRAPHS, middle_count)
        .into_iter()
        .map(|t| fill(t, spec, focus, &tools))
        .collect();
    let image_count = rng.below(3);
    let checklist_count = 4 + rng.below(3);
    let checklist = rng.subset(CHECKLIST_ITEMS, checklist_count);
    let checked = rng
        .chance(30)
        .then(|| checklist.iter().map(|_| rng.chance(40)).collect());
    Content {
        intro: fill(rng.pick(INTROS), spec, focus, &tools),
        why_heading: rng.pick(WHY_HEADINGS),
        middle,
        final_heading: rng.pick(FINAL_HEADINGS),
        final_text: fill(rng.pick(FINALS), spec, focus, &tools),
        images: plan_images(&mut rng, spec, image_count),
        checklist_title: rng.pick(CHECKLIST_TITLES),
        checklist,
        checked,
        list: (force_all || rng.chance(35)).then(|| plan_list(&mut rng)),
        quote: (force_all || rng.chance(25)).then(|| rng.pick(QUOTES)),
        code: force_all || rng.chance(40),
        tools,
        action: rng.pick(ACTIONS),
        brief: rng.pick(BRIEFS),
        view_count: rng.range(120, 99_999),
        score: [(); 4].map(|_| rng.range(30, 100)),
        revision: plan_revision(&mut rng),
        reference: format!("anp-ref-{:06}-{:04}", spec.number, rng.range(1000, 9999)),
        hash: format!("{:016x}{:08x}", rng.next_u64(), rng.next_u64() >> 32),
        needs_review: rng.chance(20),
        notes: {
            let count = 2 + rng.below(3);
            rng.subset(NOTES, count)
        },
    }
}

fn plan_images(rng: &mut Rng, spec: &PostSpec, count: usize) -> Vec<Image> {
    rng.distinct(PHOTOS.len(), count)
        .into_iter()
        .enumerate()
        .map(|(n, photo)| Image {
            src: format!(
                "https://images.unsplash.com/{}?auto=format&fit=crop&w=1200&q=80",
                PHOTOS[photo]
            ),
            caption: format!(
                "{} with {} visual reference {}",
                spec.problem,
                spec.stack.name,
                n + 1
            ),
        })
        .collect()
}

fn plan_list(rng: &mut Rng) -> (bool, Vec<&'static str>) {
    let ordered = rng.chance(40);
    let count = 3 + rng.below(3);
    let items = if ordered {
        rng.subset(STEPS, count)
    } else {
        rng.subset(MEASURES, count)
    };
    (ordered, items)
}

fn plan_revision(rng: &mut Rng) -> (&'static str, String, String) {
    let status = rng.pick(STATUSES);
    let version = format!(
        "{}.{}.{}",
        rng.range(1, 3),
        rng.range(0, 9),
        rng.range(0, 12)
    );
    let date = format!(
        "{}-{:02}-{:02}",
        rng.range(2016, 2025),
        rng.range(1, 12),
        rng.range(1, 28)
    );
    (status, version, date)
}

// ---------------------------------------------------------------------------
// Building JSON
// ---------------------------------------------------------------------------

fn paragraph(text: &str) -> Value {
    json!({ "type": "paragraph", "text": text })
}

fn heading(text: &str, level: u8) -> Value {
    json!({ "type": "heading", "text": text, "level": level })
}

fn image_block(image: &Image) -> Value {
    json!({
        "type": "image",
        "src": image.src,
        "alt": image.caption,
        "caption": image.caption,
        "credit": "unsplash",
        "credit_url": "https://unsplash.com",
    })
}

fn checklist_block(content: &Content) -> Value {
    let items: Vec<Value> = match &content.checked {
        Some(checked) => content
            .checklist
            .iter()
            .zip(checked)
            .map(|(text, done)| json!({ "text": text, "checked": done }))
            .collect(),
        None => content.checklist.iter().map(|t| json!(t)).collect(),
    };
    json!({ "type": "checklist", "title": content.checklist_title, "items": items })
}

fn extra_blocks(spec: &PostSpec, content: &Content) -> Vec<Value> {
    let mut blocks = Vec::new();
    if let Some((ordered, items)) = &content.list {
        let title = if *ordered {
            "rollout order"
        } else {
            "what to measure"
        };
        blocks.push(heading(title, 3));
        blocks.push(json!({ "type": "list", "ordered": ordered, "items": items }));
    }
    if let Some((text, cite)) = content.quote {
        blocks.push(heading("a note from the field", 4));
        let mut quote = json!({ "type": "quote", "text": text });
        if let (Some(cite), Some(obj)) = (cite, quote.as_object_mut()) {
            obj.insert("cite".into(), json!(cite));
        }
        blocks.push(quote);
    }
    if content.code {
        blocks.push(heading("a quick measurement", 3));
        blocks.push(json!({
            "type": "code",
            "language": spec.stack.code_language,
            "code": spec.stack.snippet,
        }));
    }
    blocks
}

fn build_body(spec: &PostSpec, content: &Content) -> Vec<Value> {
    let mut body = vec![paragraph(&content.intro)];
    let mut images = content.images.iter();
    if let Some(image) = images.next() {
        body.push(image_block(image));
    }
    body.push(heading(content.why_heading, 2));
    body.extend(content.middle.iter().map(|t| paragraph(t)));
    body.extend(extra_blocks(spec, content));
    body.push(checklist_block(content));
    body.extend(images.map(image_block));
    body.push(heading(content.final_heading, 2));
    body.push(paragraph(&content.final_text));
    body
}

/// Minutes to read, calibrated so the reference post comes out at 5.
fn reading_time(body: &[Value]) -> u64 {
    let words: usize = body
        .iter()
        .map(|block| {
            let text = block
                .get("text")
                .and_then(Value::as_str)
                .map_or(0, word_count);
            let items = block
                .get("items")
                .and_then(Value::as_array)
                .map_or(0, |items| {
                    items
                        .iter()
                        .filter_map(|i| i.as_str().or_else(|| i.get("text")?.as_str()))
                        .map(word_count)
                        .sum()
                });
            text + items
        })
        .sum();
    (words as u64).div_ceil(55).clamp(2, 20)
}

fn build_meta(
    spec: &PostSpec,
    content: &Content,
    reading: u64,
    extra: usize,
) -> Map<String, Value> {
    let stack = spec.stack;
    let has_images = !content.images.is_empty();
    let image_heavy = content.images.len() >= 2 && content.middle.len() <= 2;
    let [quality, freshness, depth, clarity] = content.score;
    let (status, version, reviewed) = &content.revision;
    let value = json!({
        "topic": spec.topic,
        "summary": spec.summary,
        "ai outline": {
            "context": spec.scenario,
            "problem": spec.problem,
            "stack": stack.name,
            "recommended action": content.action,
        },
        "ai brief": content.brief,
        "stack": [stack.name, stack.area, stack.lang],
        "tools": content.tools,
        "code language": stack.code_language,
        "difficulty": spec.difficulty,
        "reading time": reading,
        "view count": content.view_count,
        "score": { "quality": quality, "freshness": freshness, "depth": depth, "clarity": clarity },
        "revision": { "status": status, "version": version, "last reviewed": reviewed },
        "reference": content.reference,
        "hash": content.hash,
        "flags": {
            "ai generated style": 1,
            "has images": u8::from(has_images),
            "image heavy": u8::from(image_heavy),
            "needs human review": u8::from(content.needs_review),
        },
        "checklist": content.checklist,
        "entities": [
            { "name": stack.name, "type": "stack" },
            { "name": stack.area, "type": "area" },
            { "name": spec.problem, "type": "problem" },
        ],
        "image sources": content.images.iter().map(|image| json!({
            "source": "unsplash",
            "url": image.src,
            "caption": image.caption,
        })).collect::<Vec<_>>(),
        "payload": {
            "source id": post_id(spec.number),
            "generator": "anp content synthesizer",
            "paragraphs": content.middle.len() + 1,
            "scenario": spec.scenario,
            "seed": spec.number,
        },
        "notes": content.notes,
    });
    let mut meta = match value {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    add_extra_meta(&mut meta, spec.content_seed, extra);
    meta
}

fn add_extra_meta(meta: &mut Map<String, Value>, seed: u64, count: usize) {
    let mut rng = Rng::new(seed ^ 0x00E7_7A5E_ED00_0000);
    for k in 1..=count {
        meta.insert(format!("metric {k:05}"), extra_meta_value(&mut rng, k));
    }
}

fn extra_meta_value(rng: &mut Rng, k: usize) -> Value {
    let word = rng.pick(METRIC_WORDS);
    match rng.below(8) {
        0 => json!(rng.range(0, 1_000_000)),
        1 => json!(rng.range(0, 100_000) as f64 / 100.0),
        2 => json!(format!("{word} sample {k}")),
        3 => json!([word, rng.pick(METRIC_WORDS), rng.range(0, 999)]),
        4 => json!({ "name": word, "value": rng.range(0, 5000), "unit": "ms" }),
        5 => {
            json!({ "min": rng.range(0, 30), "avg": rng.range(30, 60), "max": rng.range(60, 100) })
        }
        6 => json!(rng.chance(50)),
        _ => {
            if rng.chance(50) {
                Value::Null
            } else {
                json!(format!("https://example.com/metrics/{word}/{k}"))
            }
        }
    }
}

fn post_id(number: u64) -> String {
    format!("alphanode-{number:06}")
}

fn post_ref(spec: &PostSpec) -> Value {
    json!({ "title": spec.title, "slug": spec.slug, "summary": spec.summary, "topic": spec.topic })
}

fn build_similar(spec: &PostSpec, specs: &[PostSpec], reference: Option<&Reference>) -> Vec<Value> {
    spec.similar
        .iter()
        .filter_map(|link| match link {
            Link::Generated(i) => specs.get(*i).map(post_ref),
            Link::Reference => reference.map(|r| r.post_ref.clone()),
        })
        .collect()
}

/// Builds one generated post; returns it with its reading time.
fn build_post(
    index: usize,
    specs: &[PostSpec],
    reference: Option<&Reference>,
    extra: usize,
) -> (Value, u64) {
    let spec = &specs[index];
    let content = plan_content(spec, index);
    let body = build_body(spec, &content);
    let reading = reading_time(&body);
    let meta = build_meta(spec, &content, reading, extra);
    let post = json!({
        "format": "alphanode.post/1",
        "id": post_id(spec.number),
        "slug": spec.slug,
        "title": spec.title,
        "body": body,
        "meta": meta,
        "similar": build_similar(spec, specs, reference),
    });
    (post, reading)
}

fn index_entry(spec: &PostSpec, reading: u64) -> Value {
    let stack = spec.stack;
    json!({
        "slug": spec.slug,
        "title": spec.title,
        "summary": spec.summary,
        "topic": spec.topic,
        "stack": [stack.name, stack.area, stack.lang],
        "difficulty": spec.difficulty,
        "reading_time": reading,
    })
}

// ---------------------------------------------------------------------------
// Reference post
// ---------------------------------------------------------------------------

fn load_reference(path: &Path) -> Result<Reference, String> {
    let shown = path.display();
    let bytes = fs::read(path).map_err(|e| format!("cannot read reference {shown}: {e}"))?;
    let doc: Value = serde_json::from_slice(&bytes)
        .map_err(|e| format!("reference {shown} is not valid JSON: {e}"))?;
    let obj = doc
        .as_object()
        .ok_or_else(|| format!("reference {shown}: top level is not an object"))?;
    let title = obj
        .get("title")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("reference {shown}: title: expected a string"))?;
    let slug = reference_slug(obj, path)
        .ok_or_else(|| format!("reference {shown}: no usable slug (field or file name)"))?;
    let empty = Map::new();
    let meta = obj.get("meta").and_then(Value::as_object).unwrap_or(&empty);
    let text = |key: &str| meta.get(key).and_then(Value::as_str).map(str::to_string);

    let mut entry = Map::new();
    entry.insert("slug".into(), json!(slug));
    entry.insert("title".into(), json!(title));
    let mut post_ref = entry.clone();
    for (key, field) in [("summary", "summary"), ("topic", "topic")] {
        if let Some(value) = text(key) {
            entry.insert(field.into(), json!(value));
            post_ref.insert(field.into(), json!(value));
        }
    }
    if let Some(stack) = meta.get("stack").and_then(Value::as_array) {
        let names: Vec<&str> = stack.iter().filter_map(Value::as_str).collect();
        entry.insert("stack".into(), json!(names));
    }
    if let Some(difficulty) = text("difficulty") {
        entry.insert("difficulty".into(), json!(difficulty));
    }
    if let Some(minutes) = meta.get("reading time").and_then(Value::as_u64) {
        entry.insert("reading_time".into(), json!(minutes));
    }
    Ok(Reference {
        slug,
        bytes,
        entry: Value::Object(entry),
        post_ref: Value::Object(post_ref),
    })
}

fn reference_slug(obj: &Map<String, Value>, path: &Path) -> Option<String> {
    let slug = match obj.get("slug").and_then(Value::as_str) {
        Some(s) if is_url_safe(s) => s.to_string(),
        Some(s) => slugify(s),
        None => slugify(&path.file_stem()?.to_string_lossy()),
    };
    (!slug.is_empty()).then_some(slug)
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

fn write_json(path: &Path, value: &Value) -> Result<(), String> {
    let mut bytes = serde_json::to_vec_pretty(value)
        .map_err(|e| format!("cannot serialize {}: {e}", path.display()))?;
    bytes.push(b'\n');
    write_bytes(path, &bytes)
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn run(args: &Args) -> Result<usize, String> {
    let reference = args
        .include_reference
        .as_deref()
        .map(load_reference)
        .transpose()?;
    let mut slugs = SlugRegistry::default();
    slugs.reserve("index");
    if let Some(r) = &reference {
        slugs.reserve(&r.slug);
    }
    let mut specs = plan_posts(args, &mut slugs);
    link_posts(&mut specs, args.seed, reference.is_some());

    fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let mut entries = Vec::with_capacity(specs.len() + 1);
    if let Some(r) = &reference {
        write_bytes(&args.out.join(format!("{}.json", r.slug)), &r.bytes)?;
        entries.push(r.entry.clone());
    }
    for (i, spec) in specs.iter().enumerate() {
        let (post, reading) = build_post(i, &specs, reference.as_ref(), args.meta_entries);
        write_json(&args.out.join(format!("{}.json", spec.slug)), &post)?;
        entries.push(index_entry(spec, reading));
    }
    let written = entries.len();
    let index = json!({ "format": "alphanode.index/1", "posts": entries });
    write_json(&args.out.join("index.json"), &index)?;
    Ok(written)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("anp-gen: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(written) => {
            eprintln!(
                "anp-gen: wrote {written} posts and index.json to {}",
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("anp-gen: error: {message}");
            ExitCode::from(2)
        }
    }
}
