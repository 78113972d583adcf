//! Links the functions a server runs together, in the order `hot-code.txt` lists them
//! (made by `hot-code.py` from a `johto bench --callgrind` run): the code johto runs
//! then lies in few pages of the binary instead of scattered among the code that never
//! runs, and a server keeps fewer of the binary's pages (ARCHITECTURE, "Memory").
//!
//! The list is given to LLD, which rustc links with on x86-64 Linux, and only there; a
//! name the build no longer has is passed over, so an old list costs memory, not a
//! failed build.
//!
//! The binary's relative relocations are packed (DT_RELR, `-z pack-relative-relocs`):
//! the dynamic linker reads 58 KB of them at each start instead of 4.3 MB of
//! `.rela.dyn`, which then stayed among the server's resident pages.

fn main() {
    println!("cargo::rerun-if-changed=hot-code.txt");
    let target = std::env::var("TARGET").unwrap_or_default();
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    if target == "x86_64-unknown-linux-gnu" {
        println!("cargo::rustc-link-arg-bin=johto=-Wl,--symbol-ordering-file={dir}/hot-code.txt");
        println!("cargo::rustc-link-arg-bin=johto=-Wl,--no-warn-symbol-ordering");
        println!("cargo::rustc-link-arg-bin=johto=-Wl,-z,pack-relative-relocs");
    }
}
