export default {
  title: "Field notes",
  description: "Posts on running services, rendered at build time with alphanode-widgets.",
  lang: "en",
};
