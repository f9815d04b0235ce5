//! `ssr-bench-mimalloc`: the benchmark with mimalloc, as `anp-render` is built for
//! large sites (see the crate's docs).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    alphanode_ssr_bench::run("mimalloc");
}
