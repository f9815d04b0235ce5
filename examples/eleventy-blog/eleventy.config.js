// Eleventy 3: src/ → _site/. The posts are rendered to HTML at build time
// (src/_data/posts.js, with alphanode-widgets/server); the browser widget, served from
// /alphanode/, takes each one over in place.
export default function (eleventyConfig) {
  // The widget's browser files, straight from the installed package. index.js loads the
  // others from data-alphanode-assets (see _includes/post.njk), so the inlined copies
  // meant for bundlers (inline/) are not needed here.
  const pkg = "node_modules/alphanode-widgets";
  for (const file of ["index.js", "alphanode-embed.js", "alphanode-embed_bg.wasm", "alphanode.css", "locales"]) {
    eleventyConfig.addPassthroughCopy({ [`${pkg}/${file}`]: `alphanode/${file}` });
  }
  eleventyConfig.addPassthroughCopy({ "src/site.css": "site.css", "src/favicon.svg": "favicon.svg" });
  return {
    dir: { input: "src", includes: "_includes", data: "_data", output: "_site" },
    // Plain HTML and Nunjucks; Markdown is not used.
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
