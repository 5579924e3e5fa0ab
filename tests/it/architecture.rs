//! The crate's layout, enforced: small files, and imports that run one way.
//!
//! ```text
//! text ─► error ─► vocab ─► explain ─► calendar ─► rules ─► compute ─► lib
//! ```
//!
//! A module may use its own layer and the layers to its left. `explain`
//! (the output types and their wording) sees only the vocabulary, the text
//! helpers and the error type; only `rules/` sees TOML; `compute/` reads the
//! model `rules/` resolved and never its loader.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

const LAYERS: &[&str] = &[
    "docs", "text", "error", "vocab", "explain", "calendar", "rules", "compute", "fuzzing", "lib",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn all_sources() -> Vec<PathBuf> {
    let mut out = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out.sort();
    assert!(out.len() > 10, "found the sources");
    out
}

/// The top-level module a file under `src/` belongs to.
fn module_of(path: &Path) -> String {
    let rel = path
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
        .expect("under src");
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_owned()
}

fn rank(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| *l == module)
        .unwrap_or_else(|| panic!("module {module:?} is not in the layer list"))
}

/// The code of a file without comments (line comments and doc comments),
/// so that prose naming a module is not taken for an import.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_source_file_passes_the_line_limit() {
    let mut long = Vec::new();
    for p in all_sources() {
        let n = fs::read_to_string(&p)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        if n > MAX_LINES {
            long.push(format!("{} ({n} lines)", p.display()));
        }
    }
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines (split them by concern): {long:?}"
    );
}

#[test]
fn imports_run_one_way() {
    let mut bad = Vec::new();
    for p in all_sources() {
        let from = module_of(&p);
        let text = code(&fs::read_to_string(&p).unwrap_or_default());
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let target: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // Public re-exports at the crate root (`crate::Trigger` in a
            // doc link) are not imports of a layer.
            if target.is_empty() || target.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            if target == from {
                continue;
            }
            if rank(&target) > rank(&from) {
                bad.push(format!("{}: {from} imports {target}", p.display()));
            }
        }
    }
    assert!(bad.is_empty(), "imports against the layers: {bad:#?}");
}

#[test]
fn only_the_rules_layer_sees_toml_and_compute_never_sees_the_loader() {
    let mut bad = Vec::new();
    for p in all_sources() {
        let from = module_of(&p);
        let text = code(&fs::read_to_string(&p).unwrap_or_default());
        if from != "rules" && (text.contains("toml::") || text.contains("use toml")) {
            bad.push(format!("{}: uses toml outside rules/", p.display()));
        }
        if from == "compute" {
            for loader in ["rules::load", "rules::schema", "rules::load_rules"] {
                if text.contains(loader) {
                    bad.push(format!("{}: compute uses {loader}", p.display()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}
