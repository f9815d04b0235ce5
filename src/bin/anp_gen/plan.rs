//! Planning: who is who, who links to whom, and what each post says.

use std::collections::HashMap;

use crate::rng::Rng;
use crate::text::{slugify, SlugRegistry};
use crate::vocab::*;
use crate::Args;

/// Everything about a generated post that other posts need to know.
pub(crate) struct PostSpec {
    pub(crate) number: u64,
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) topic: String,
    pub(crate) problem: &'static str,
    pub(crate) stack: &'static Stack,
    pub(crate) scenario: &'static str,
    pub(crate) difficulty: &'static str,
    pub(crate) content_seed: u64,
    pub(crate) similar: Vec<Link>,
}

/// A similar-post link target.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Link {
    Generated(usize),
    Reference,
}

pub(crate) fn plan_posts(args: &Args, slugs: &mut SlugRegistry) -> Vec<PostSpec> {
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

pub(crate) fn summary_text(problem: &str, stack: &str, emphases: &[&str]) -> String {
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
pub(crate) fn link_posts(specs: &mut [PostSpec], seed: u64, with_reference: bool) {
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

pub(crate) fn pick_similar(
    rng: &mut Rng,
    me: usize,
    n: usize,
    same: &[usize],
    want: usize,
) -> Vec<usize> {
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

// Content of one post.

/// An image block together with its meta source entry.
pub(crate) struct Image {
    pub(crate) src: String,
    pub(crate) caption: String,
}

/// The random choices behind one post's body and meta.
pub(crate) struct Content {
    pub(crate) intro: String,
    pub(crate) why_heading: &'static str,
    pub(crate) middle: Vec<String>,
    pub(crate) final_heading: &'static str,
    pub(crate) final_text: String,
    pub(crate) images: Vec<Image>,
    pub(crate) checklist_title: &'static str,
    pub(crate) checklist: Vec<&'static str>,
    pub(crate) checked: Option<Vec<bool>>,
    pub(crate) list: Option<(bool, Vec<&'static str>)>,
    pub(crate) quote: Option<(&'static str, Option<&'static str>)>,
    pub(crate) code: bool,
    pub(crate) tools: Vec<&'static str>,
    pub(crate) action: &'static str,
    pub(crate) brief: &'static str,
    pub(crate) view_count: u64,
    pub(crate) score: [u64; 4],
    pub(crate) revision: (&'static str, String, String),
    pub(crate) reference: String,
    pub(crate) hash: String,
    pub(crate) needs_review: bool,
    pub(crate) notes: Vec<&'static str>,
}

pub(crate) fn fill(template: &str, spec: &PostSpec, focus: &str, tools: &[&str]) -> String {
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

pub(crate) fn plan_content(spec: &PostSpec, index: usize) -> Content {
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

pub(crate) fn plan_images(rng: &mut Rng, spec: &PostSpec, count: usize) -> Vec<Image> {
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

pub(crate) fn plan_list(rng: &mut Rng) -> (bool, Vec<&'static str>) {
    let ordered = rng.chance(40);
    let count = 3 + rng.below(3);
    let items = if ordered {
        rng.subset(STEPS, count)
    } else {
        rng.subset(MEASURES, count)
    };
    (ordered, items)
}

pub(crate) fn plan_revision(rng: &mut Rng) -> (&'static str, String, String) {
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
