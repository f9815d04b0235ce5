//! The sitemap (sitemaps.org protocol 0.9) of a static export: one `sitemap.xml`
//! `<urlset>` while the URLs fit one file, else `sitemap-1.xml` … `sitemap-N.xml` and a
//! `sitemap.xml` `<sitemapindex>` naming them, as the protocol requires past 50,000
//! URLs or 50 MiB in one file. robots.txt names `sitemap.xml` either way.
//!
//! ```
//! use alphanode_widgets::seo::SiteUrl;
//! use alphanode_widgets::seo::sitemap::{sitemaps, Limits};
//! let site = SiteUrl::parse("https://x.test", None).unwrap();
//! let urls = vec![site.index(), site.post("a")];
//! let files = sitemaps(&urls, &site, Limits::default());
//! assert_eq!(files.len(), 1);
//! assert_eq!(files[0].0, "sitemap.xml");
//! assert!(files[0].1.contains("<url><loc>https://x.test/posts/a</loc></url>"));
//! ```

use super::{xml_escape, SiteUrl};

/// The sitemap protocol's limits for one file: 50,000 URLs, 50 MiB uncompressed.
pub const MAX_URLS: usize = 50_000;
/// See [`MAX_URLS`].
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The file robots.txt and search consoles are given.
pub const SITEMAP_FILE: &str = "sitemap.xml";

const XMLNS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// How much one sitemap file may hold; the protocol's limits by default, smaller
/// ones in tests (so a split is tested without 50,000 posts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// URLs in one file.
    pub urls: usize,
    /// Bytes in one file.
    pub bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            urls: MAX_URLS,
            bytes: MAX_BYTES,
        }
    }
}

/// The sitemap files for `urls` (absolute, in the order to list them), as file name
/// (relative to the export's directory) and content: `sitemap.xml` alone, or the
/// numbered files and `sitemap.xml` indexing them (last). Limits of 0 count as 1.
///
/// ```
/// use alphanode_widgets::seo::SiteUrl;
/// use alphanode_widgets::seo::sitemap::{sitemaps, Limits};
/// let site = SiteUrl::parse("https://x.test", Some("/blog/")).unwrap();
/// let urls: Vec<String> = (0..5).map(|i| site.post(&i.to_string())).collect();
/// let files = sitemaps(&urls, &site, Limits { urls: 2, ..Limits::default() });
/// let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
/// assert_eq!(names, ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]);
/// assert!(files[3].1.contains("<sitemap><loc>https://x.test/blog/sitemap-3.xml</loc></sitemap>"));
/// ```
pub fn sitemaps(urls: &[String], site: &SiteUrl, limits: Limits) -> Vec<(String, String)> {
    let max_urls = limits.urls.max(1);
    let head = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"{XMLNS}\">\n");
    let foot = "</urlset>\n";
    let mut files: Vec<String> = Vec::new();
    let mut current = head.clone();
    let mut count = 0;
    for url in urls {
        let mut line = "<url><loc>".to_owned();
        xml_escape(url, &mut line);
        line.push_str("</loc></url>\n");
        let full = count >= max_urls || current.len() + line.len() + foot.len() > limits.bytes;
        if count > 0 && full {
            current.push_str(foot);
            files.push(std::mem::replace(&mut current, head.clone()));
            count = 0;
        }
        current.push_str(&line);
        count += 1;
    }
    current.push_str(foot);
    files.push(current);
    if files.len() == 1 {
        return files
            .into_iter()
            .map(|f| (SITEMAP_FILE.to_owned(), f))
            .collect();
    }
    let mut index =
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"{XMLNS}\">\n");
    let mut out: Vec<(String, String)> = Vec::with_capacity(files.len() + 1);
    for (i, file) in files.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str("<sitemap><loc>");
        xml_escape(&site.page(&name), &mut index);
        index.push_str("</loc></sitemap>\n");
        out.push((name, file));
    }
    index.push_str("</sitemapindex>\n");
    out.push((SITEMAP_FILE.to_owned(), index));
    out
}

/// robots.txt for the export: everything may be crawled, and where the sitemap is.
/// Crawlers read robots.txt only at a host's root: under `--base /blog/`, put this
/// `Sitemap:` line into the host's own robots.txt.
///
/// ```
/// use alphanode_widgets::seo::SiteUrl;
/// use alphanode_widgets::seo::sitemap::robots_txt;
/// let site = SiteUrl::parse("https://x.test", None).unwrap();
/// assert_eq!(robots_txt(&site), "User-agent: *\nAllow: /\n\nSitemap: https://x.test/sitemap.xml\n");
/// ```
pub fn robots_txt(site: &SiteUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.page(SITEMAP_FILE)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_split_by_bytes_too() {
        let site = SiteUrl::parse("https://x.test", None).unwrap();
        let urls: Vec<String> = (0..10).map(|i| site.post(&format!("{i:0>40}"))).collect();
        let files = sitemaps(
            &urls,
            &site,
            Limits {
                urls: 1000,
                bytes: 400,
            },
        );
        assert!(files.len() > 2, "{files:?}");
        for (name, text) in files.iter().filter(|(n, _)| n != SITEMAP_FILE) {
            assert!(text.len() <= 400, "{name}: {} bytes", text.len());
        }
        let listed: usize = files.iter().map(|(_, t)| t.matches("<url>").count()).sum();
        assert_eq!(listed, 10);
    }
}
