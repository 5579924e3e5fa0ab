//! Every kind of bad rule file yields a located, readable error — never a
//! panic. The catalog is `tests/fixtures/invalid/`: one file per kind of
//! mistake (or a folder, for mistakes that span files), each loaded over
//! the bundled rules so that references to bundled calendars and rule sets
//! resolve. The rendered error of each is snapshot-tested
//! (`tests/snapshots/`), so a change in wording is a reviewed change.
//!
//! Limits enforced on rule files (see `RuleBook`'s docs and the README):
//! files of at most 1 MiB (`MAX_FILE_BYTES`), 1,000 holidays and 10,000
//! closures per calendar file, 2,000 services, events, deadlines and
//! examples per rule-set file, 100 history entries per item, closures of at
//! most 366 days, 10,000 files and 16 levels of folders per directory, and
//! TOML nesting as deep as the TOML parser's own limit.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use court_deadlines::{ErrorKind, RuleBook};

fn fresh_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "court-deadlines-load-errors-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).expect("create dir");
        for e in std::fs::read_dir(from).expect("read dir").flatten() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        }
    } else {
        std::fs::copy(from, to).expect("copy file");
    }
}

/// Loads the bundled rules with the fixture layered over them; returns the
/// error's kind and rendered text, the folder's path replaced by
/// `firm-rules`.
fn load_fixture(fixture: &Path) -> Result<(ErrorKind, String), String> {
    let dir = fresh_dir();
    let name = fixture.file_name().expect("a name");
    copy_tree(fixture, &dir.join(name));
    let result = std::panic::catch_unwind(|| {
        RuleBook::builder()
            .bundled()
            .dir(&dir)
            .and_then(|b| b.build())
    });
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Err(_) => Err(format!("{}: loading panicked", fixture.display())),
        Ok(Ok(_)) => Err(format!("{}: loaded without an error", fixture.display())),
        Ok(Err(e)) => {
            let text = e
                .to_string()
                .replace(&dir.display().to_string(), "firm-rules");
            Ok((e.kind(), text))
        }
    }
}

#[test]
fn every_invalid_fixture_is_refused_with_a_located_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("the fixture folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 60, "{} fixtures", fixtures.len());
    let mut problems = Vec::new();
    for f in &fixtures {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 name")
            .to_owned();
        match load_fixture(f) {
            Err(problem) => problems.push(problem),
            Ok((kind, text)) => {
                if !text.starts_with("firm-rules/") {
                    problems.push(format!("{name}: the error names no file: {text}"));
                }
                insta::with_settings!({ snapshot_suffix => name.clone(), prepend_module_to_snapshot => false }, {
                    insta::assert_snapshot!("invalid", format!("kind: {kind:?}\n{text}"));
                });
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const HEADER: &str = r#"[calendar]
id = "test"
name = "Test calendar"
citation = "Test Act § 1"
weekend = ["saturday", "sunday"]
valid_from = 2000-01-01
verified_through = 2030-12-31
"#;

/// Writes `files` into a fresh folder, loads it alone, and returns the
/// kind and rendered error with the folder's path replaced by `firm-rules`.
fn load_error(files: &[(&str, &[u8])]) -> (ErrorKind, String) {
    let dir = fresh_dir();
    for (name, body) in files {
        std::fs::write(dir.join(name), body).expect("write file");
    }
    let result = RuleBook::from_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => {
            let text = e
                .to_string()
                .replace(&dir.display().to_string(), "firm-rules");
            (e.kind(), text)
        }
    }
}

/// The very large file of the catalog is made here rather than committed.
#[test]
fn file_too_large() {
    let mut body = String::from(HEADER);
    while body.len() <= court_deadlines::MAX_FILE_BYTES {
        body.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    let (kind, text) = load_error(&[("test.toml", body.as_bytes())]);
    assert_eq!(kind, ErrorKind::Invalid);
    assert!(text.starts_with("firm-rules/test.toml: file is "), "{text}");
}

#[test]
fn missing_directory_is_an_io_error() {
    let err = RuleBook::from_dir("/nonexistent/court-deadlines-rules").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    // No made-up line and column: the folder is named, and the operating
    // system's error is kept as the source.
    assert!(err.location().is_none());
    assert_eq!(err.path(), Some("/nonexistent/court-deadlines-rules"));
    assert!(
        err.to_string()
            .starts_with("/nonexistent/court-deadlines-rules: cannot read directory: "),
        "{err}"
    );
    let source = std::error::Error::source(&err).expect("the I/O error");
    assert!(source.downcast_ref::<std::io::Error>().is_some());
}

#[test]
fn unknown_calendar_id_suggests_the_closest() {
    let book = RuleBook::bundled().expect("bundled rules load");
    let err = book.calendar("us-fedral").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(
        err.to_string(),
        "no calendar \"us-fedral\" (did you mean \"us-federal\"?)"
    );
}

#[test]
fn count_limits_are_enforced() {
    // More holidays than a calendar file may have.
    let mut body = String::from(HEADER);
    for i in 0..=court_deadlines::MAX_HOLIDAYS_PER_FILE {
        body.push_str(&format!(
            "\n[[holiday]]\nname = \"H{i}\"\non = \"january 1\"\ncitation = \"c\"\n"
        ));
    }
    let (kind, text) = load_error(&[("test.toml", body.as_bytes())]);
    assert_eq!(kind, ErrorKind::Invalid);
    assert!(
        text.contains("holidays in one file; at most 1000"),
        "{text}"
    );

    // More history entries than one item may have.
    let mut rules = String::from(
        "[rule_set]\nid = \"lab\"\nname = \"L\"\ncitation = \"c\"\nvalid_from = 1900-01-01\n[rule_set.counting]\ncitation = \"c\"\n[event.e]\nname = \"E\"\n[deadline.d]\nname = \"D\"\ncitation = \"c\"\nfrom = \"e\"\nperiod = \"1 day\"\n",
    );
    for i in 0..=100 {
        let until = chrono::NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Days::new(i);
        rules.push_str(&format!(
            "[[deadline.d.history]]\nuntil = {until}\nperiod = \"2 days\"\ncitation = \"c{i}\"\n"
        ));
    }
    let (kind, text) = load_error(&[("lab.toml", rules.as_bytes())]);
    assert_eq!(kind, ErrorKind::Invalid);
    assert!(text.contains("101 history entries; at most 100"), "{text}");

    // More deadlines than one rule-set file may have.
    let mut rules = String::from(
        "[rule_set]\nid = \"lab\"\nname = \"L\"\ncitation = \"c\"\nvalid_from = 1900-01-01\n[rule_set.counting]\ncitation = \"c\"\n[event.e]\nname = \"E\"\n",
    );
    for i in 0..2_000 {
        rules.push_str(&format!(
            "[deadline.d{i}]\nname = \"D\"\ncitation = \"c\"\nfrom = \"e\"\nperiod = \"1 day\"\n"
        ));
    }
    let (kind, text) = load_error(&[("lab.toml", rules.as_bytes())]);
    assert_eq!(kind, ErrorKind::Invalid);
    assert!(text.contains("at most 2000 are accepted"), "{text}");
}
