//! Every `[[example]]` in every bundled rule file runs here: a contributor's
//! TOML carries its own proof. Each example names its authoritative source
//! in the file itself.

use court_deadlines::RuleBook;

#[test]
fn every_bundled_example_passes() {
    let book = RuleBook::bundled().expect("bundled rules load");
    let outcomes = book.run_examples();
    let failures: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.passed)
        .map(|o| {
            format!(
                "{}:{}: {}\n    source: {}",
                o.file, o.line, o.message, o.source
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} bundled examples fail:\n{}",
        failures.len(),
        outcomes.len(),
        failures.join("\n")
    );
}
