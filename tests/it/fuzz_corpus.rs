//! Replays the fuzzers' saved corpus (`fuzz/corpus/<target>/`) through the
//! same harnesses the cargo-fuzz targets run, so CI covers every input the
//! fuzzers kept — on the stable toolchain, without libFuzzer. Any input
//! that once crashed a target is added to its corpus after the fix.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    if !fuzz.exists() {
        // The published package leaves the fuzzing workspace out; the
        // repository always has it.
        eprintln!("no fuzz/ folder (a packaged crate): corpus replay skipped");
        return 1;
    }
    let dir = fuzz.join("corpus").join(target);
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let result = std::panic::catch_unwind(|| run(&data));
        assert!(
            result.is_ok(),
            "{target}: {} makes the harness panic",
            path.display()
        );
        n += 1;
    }
    n
}

#[test]
fn load_rule_file_corpus() {
    assert!(replay("load_rule_file", court_deadlines::fuzzing::load_rule_file) > 0);
}

#[test]
fn parse_expressions_corpus() {
    assert!(
        replay(
            "parse_expressions",
            court_deadlines::fuzzing::parse_expressions
        ) > 0
    );
}

#[test]
fn compute_corpus() {
    assert!(replay("compute", court_deadlines::fuzzing::compute) > 0);
}
