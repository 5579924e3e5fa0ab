//! A firm's own rule files layered over the bundled ones: a courthouse
//! closure the firm docketed, and the firm's internal deadlines, in the same
//! TOML vocabulary as the bundled rules (`rules/README.md`). The files are
//! in `examples/firm-rules/`.
//!
//! ```text
//! cargo run --example firm_rules
//! ```

use std::error::Error;
use std::io::Write;

use chrono::NaiveDate;
use court_deadlines::{RuleBook, Trigger};

/// The example folder of a firm's rule files.
pub const FIRM_RULES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/firm-rules");

/// Prints one deadline on the bundled rules and on the firm's, the firm's
/// own deadline, and the firm's worked examples checked.
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn Error>> {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("no such date");
    let bundled = RuleBook::bundled()?;
    // Layers: the bundled rules, then the firm's folder. The firm's `cand`
    // has the bundled court's id, so it replaces it.
    let firm = RuleBook::builder().bundled().dir(FIRM_RULES)?.build()?;

    // Complaint served on Friday, November 27, 2026: day 21 is Friday,
    // December 18. On the bundled rules that is a court day; the firm has
    // docketed a (made-up) courthouse closure that day, so the period runs
    // to Monday, December 21.
    let served = Trigger::on(date(2026, 11, 27)?);
    let plain = bundled.court("cand")?.compute("frcp.answer", &served)?;
    let layered = firm.court("cand")?.compute("frcp.answer", &served)?;
    writeln!(
        out,
        "Bundled rules: answer due {}",
        plain.date.format("%A, %B %-d, %Y")
    )?;
    writeln!(out, "With the firm's rules:")?;
    writeln!(out, "{layered}")?;

    // The firm's own deadline, counted like the court's: a draft opposition
    // 10 court days before a hearing on Monday, January 4, 2027.
    let hearing = Trigger::on(date(2027, 1, 4)?);
    let draft = firm
        .court("cand")?
        .compute("firm.draft-opposition", &hearing)?;
    writeln!(out, "{draft}")?;

    // The firm's worked examples, checked the way the bundled ones are.
    for e in firm.run_examples().iter().filter(|e| e.rule_set == "firm") {
        let verdict = if e.passed { "ok" } else { "FAILED" };
        let file = e
            .file
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&e.file);
        let file = file.trim_start_matches('/');
        writeln!(out, "Example {file}:{}: {verdict} {}", e.line, e.message)?;
    }
    Ok(())
}

fn main() {
    if let Err(e) = run(&mut std::io::stdout().lock()) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
