//! Structure-aware fuzz target: `arbitrary` builds a post-shaped JSON document (known
//! keys and block types, values drawn from a dictionary of hostile strings or from the
//! input), which is parsed and rendered like the `render` target, with a fuzzed base
//! URL, theme, meta layout and similar-posts link template.

#![no_main]

use alphanode_widgets::components::{ArticleState, MetaLayout, Theme};
use alphanode_widgets::model::parse_post;
use alphanode_widgets::prerender::{render_article, RenderOptions};
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Number, Value};

#[path = "common/mod.rs"]
mod common;

/// Strings that have broken renderers before, or that a URL policy must refuse.
const DICTIONARY: &[&str] = &[
    "",
    " ",
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//x.test/a.js></SCRIPT>",
    "\"><img src=x onerror=alert(1)>",
    "' onload='alert(1)",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \u{1}javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.test/x",
    "\\\\evil.test\\x",
    "/\\evil.test",
    "../../../../x",
    "?q=1#f",
    "#frag",
    "https://ok.test/a b",
    "http://",
    "HTTPS://X.TEST/",
    "img/a.png",
    "{slug}",
    "/blog/{slug}",
    "javascript:{slug}",
    "alphanode.post/1",
    "alphanode.post/2",
    "alphanode.index/1",
    "paragraph",
    "heading",
    "image",
    "list",
    "checklist",
    "quote",
    "code",
    "video",
    "\u{feff}",
    "\u{202e}rtl\u{200b}",
    "\u{0}",
    "\u{7f}\u{9f}",
    "&amp;&lt;&gt;&quot;&#39;",
    "]]><!--",
    "-->",
    "</article><script>",
    "1e400",
    "-0",
    "9999999999999999999999999999",
];

#[derive(Arbitrary, Debug)]
enum S {
    Dict(u8),
    Raw(String),
    Join(u8, u8),
    Prefixed(u8, String),
}

impl S {
    fn build(&self) -> String {
        let dict = |i: &u8| DICTIONARY[usize::from(*i) % DICTIONARY.len()];
        match self {
            S::Dict(i) => dict(i).to_owned(),
            S::Raw(s) => s.clone(),
            S::Join(a, b) => format!("{}{}", dict(a), dict(b)),
            S::Prefixed(i, s) => format!("{}{s}", dict(i)),
        }
    }
}

/// Any JSON value.
#[derive(Arbitrary, Debug)]
enum V {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    BigNumber(u8, u64),
    Str(S),
    Array(Vec<V>),
    Object(Vec<(S, V)>),
}

impl V {
    fn build(&self) -> Value {
        match self {
            V::Null => Value::Null,
            V::Bool(b) => Value::Bool(*b),
            V::Int(i) => Value::from(*i),
            V::UInt(u) => Value::from(*u),
            V::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
            V::BigNumber(exp, mantissa) => {
                // arbitrary_precision keeps these exactly as written.
                let text = format!("{mantissa}{}e{exp}", "9".repeat(usize::from(*exp % 40)));
                serde_json::from_str(&text).unwrap_or(Value::Null)
            }
            V::Str(s) => Value::String(s.build()),
            V::Array(items) => Value::Array(items.iter().map(V::build).collect()),
            V::Object(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.build(), v.build()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }
}

/// A field that is usually of the expected type but may be anything (or missing).
#[derive(Arbitrary, Debug)]
enum Field<T> {
    Missing,
    Good(T),
    Other(V),
}

impl<T> Field<T> {
    fn put(&self, obj: &mut Map<String, Value>, key: &str, good: impl FnOnce(&T) -> Value) {
        match self {
            Field::Missing => {}
            Field::Good(t) => {
                obj.insert(key.to_owned(), good(t));
            }
            Field::Other(v) => {
                obj.insert(key.to_owned(), v.build());
            }
        }
    }
}

fn s(x: &S) -> Value {
    Value::String(x.build())
}

#[derive(Arbitrary, Debug)]
struct Item {
    text: Field<S>,
    checked: Field<bool>,
}

#[derive(Arbitrary, Debug)]
enum BlockShape {
    Paragraph {
        text: Field<S>,
    },
    Heading {
        text: Field<S>,
        level: Field<i8>,
    },
    Image {
        src: Field<S>,
        alt: Field<S>,
        caption: Field<S>,
        credit: Field<S>,
        credit_url: Field<S>,
    },
    List {
        items: Field<Vec<S>>,
        ordered: Field<bool>,
    },
    Checklist {
        title: Field<S>,
        items: Field<Vec<Item>>,
    },
    Quote {
        text: Field<S>,
        cite: Field<S>,
    },
    Code {
        code: Field<S>,
        language: Field<S>,
    },
    Unknown {
        kind: S,
        extra: Vec<(S, V)>,
    },
    NotAnObject(V),
}

impl BlockShape {
    fn build(&self) -> Value {
        let mut o = Map::new();
        let ty = |o: &mut Map<String, Value>, t: &str| {
            o.insert("type".into(), Value::String(t.into()));
        };
        match self {
            BlockShape::Paragraph { text } => {
                ty(&mut o, "paragraph");
                text.put(&mut o, "text", s);
            }
            BlockShape::Heading { text, level } => {
                ty(&mut o, "heading");
                text.put(&mut o, "text", s);
                level.put(&mut o, "level", |l| Value::from(*l));
            }
            BlockShape::Image {
                src,
                alt,
                caption,
                credit,
                credit_url,
            } => {
                ty(&mut o, "image");
                src.put(&mut o, "src", s);
                alt.put(&mut o, "alt", s);
                caption.put(&mut o, "caption", s);
                credit.put(&mut o, "credit", s);
                credit_url.put(&mut o, "credit_url", s);
            }
            BlockShape::List { items, ordered } => {
                ty(&mut o, "list");
                items.put(&mut o, "items", |v| Value::Array(v.iter().map(s).collect()));
                ordered.put(&mut o, "ordered", |b| Value::Bool(*b));
            }
            BlockShape::Checklist { title, items } => {
                ty(&mut o, "checklist");
                title.put(&mut o, "title", s);
                items.put(&mut o, "items", |v| {
                    Value::Array(
                        v.iter()
                            .map(|item| {
                                let mut io = Map::new();
                                item.text.put(&mut io, "text", s);
                                item.checked.put(&mut io, "checked", |b| Value::Bool(*b));
                                Value::Object(io)
                            })
                            .collect(),
                    )
                });
            }
            BlockShape::Quote { text, cite } => {
                ty(&mut o, "quote");
                text.put(&mut o, "text", s);
                cite.put(&mut o, "cite", s);
            }
            BlockShape::Code { code, language } => {
                ty(&mut o, "code");
                code.put(&mut o, "code", s);
                language.put(&mut o, "language", s);
            }
            BlockShape::Unknown { kind, extra } => {
                o.insert("type".into(), s(kind));
                for (k, v) in extra {
                    o.insert(k.build(), v.build());
                }
            }
            BlockShape::NotAnObject(v) => return v.build(),
        }
        Value::Object(o)
    }
}

#[derive(Arbitrary, Debug)]
struct RefShape {
    title: Field<S>,
    slug: Field<S>,
    href: Field<S>,
    summary: Field<S>,
    topic: Field<S>,
    image: Field<S>,
}

#[derive(Arbitrary, Debug)]
struct Doc {
    format: Field<S>,
    id: Field<S>,
    slug: Field<S>,
    title: Field<S>,
    body: Field<Vec<BlockShape>>,
    meta: Field<Vec<(S, V)>>,
    similar: Field<Vec<Field<RefShape>>>,
    extra: Vec<(S, V)>,
    base: Option<S>,
    link_template: Option<S>,
    theme: u8,
    layout: u8,
}

impl Doc {
    fn build(&self) -> Value {
        let mut o = Map::new();
        for (k, v) in &self.extra {
            o.insert(k.build(), v.build());
        }
        self.format.put(&mut o, "format", s);
        self.id.put(&mut o, "id", s);
        self.slug.put(&mut o, "slug", s);
        self.title.put(&mut o, "title", s);
        self.body.put(&mut o, "body", |b| {
            Value::Array(b.iter().map(BlockShape::build).collect())
        });
        self.meta.put(&mut o, "meta", |m| {
            Value::Object(m.iter().map(|(k, v)| (k.build(), v.build())).collect())
        });
        self.similar.put(&mut o, "similar", |refs| {
            Value::Array(
                refs.iter()
                    .map(|r| {
                        let mut ro = Map::new();
                        match r {
                            Field::Missing => return Value::Object(ro),
                            Field::Other(v) => return v.build(),
                            Field::Good(r) => {
                                r.title.put(&mut ro, "title", s);
                                r.slug.put(&mut ro, "slug", s);
                                r.href.put(&mut ro, "href", s);
                                r.summary.put(&mut ro, "summary", s);
                                r.topic.put(&mut ro, "topic", s);
                                r.image.put(&mut ro, "image", s);
                            }
                        }
                        Value::Object(ro)
                    })
                    .collect(),
            )
        });
        Value::Object(o)
    }
}

fuzz_target!(|doc: Doc| {
    let json = doc.build();
    let text = if doc.theme & 1 == 0 {
        serde_json::to_string(&json)
    } else {
        serde_json::to_string_pretty(&json)
    }
    .unwrap_or_default();
    let base = doc.base.as_ref().map(S::build);
    let parsed = parse_post(&text, base.as_deref().or(Some(common::BASE)));
    common::parsed_invariants(&parsed, "parse_post");
    if let Some(base) = &base {
        common::check_url_invariants(base, Some(common::BASE));
    }

    let theme =
        [Theme::Auto, Theme::Light, Theme::Dark, Theme::Contrast][usize::from(doc.theme >> 1) % 4];
    let layout = [
        MetaLayout::List,
        MetaLayout::Grid,
        MetaLayout::Table,
        MetaLayout::Compact,
    ][usize::from(doc.layout) % 4];
    let options = RenderOptions {
        theme,
        layout,
        link_template: doc.link_template.as_ref().map(S::build),
        ..RenderOptions::default()
    };
    let html = render_article(&ArticleState::from_parsed(parsed), &options);
    common::html_invariants(&html);
});
