//! `ssr-bench` with the system allocator (see the crate's docs).

fn main() {
    alphanode_ssr_bench::run("system");
}
