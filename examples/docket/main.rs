//! The docket tool: compute, explain, schedule and export court deadlines
//! on the bundled rules, or on a firm's own rule files.
//!
//! ```text
//! cargo run --example docket -- compute --court cand --deadline frcp.answer --trigger 2026-11-27
//! cargo run --example docket -- compute --court cand --deadline frcp.answer-to-counterclaim --trigger 2026-12-04 --service mail --json
//! cargo run --example docket -- compute --court cand --rules frcp --period "14 days" --after 2026-11-27
//! cargo run --example docket -- compute --court cand --rules frcp --period "10 court days" --before 2027-01-04
//! cargo run --example docket -- compute --court dcd --rules frcp --period "72 hours" --after 2007-11-02T10:23 --as-of 2009-12-01
//! cargo run --example docket -- schedule --court cand --event frcp.complaint-served --date 2026-11-27 --matter "Doe v. Roe" --ics doe.ics --csv doe.csv
//! cargo run --example docket -- batch matters.csv --ics matters.ics
//! cargo run --example docket -- courts
//! cargo run --example docket -- deadlines --court cand
//! cargo run --example docket -- holidays --court cand --year 2026
//! cargo run --example docket -- day --court cand 2026-12-25
//! cargo run --example docket -- --rules-dir examples/firm-rules compute --court cand --deadline frcp.answer --trigger 2026-11-27
//! ```
//!
//! `--rules-dir DIR` layers a firm's own rule files over the bundled ones;
//! `--only-rules-dir DIR` uses a folder of rule files instead of them.
//! The logic lives in `app.rs`, which the tests (`tests/it/docket.rs`) drive
//! directly.

use std::io::Write;
use std::process::ExitCode;

mod app;

fn main() -> ExitCode {
    // The output is small: collect it, then write it, so that a closed pipe
    // (`docket courts | head`) is not reported as an error.
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = app::main_with(std::env::args_os(), &mut out, &mut err);
    let _ = std::io::stdout().write_all(&out);
    let _ = std::io::stderr().write_all(&err);
    ExitCode::from(code)
}
