//! The docket as a living record: `due` (what is due across every matter
//! of a docket file, with PAST DUE and DUE TODAY) and `recheck` (what a
//! rules change, or a change in the docket's dates, moves, and why).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use chrono::{Duration, NaiveDate};
use clap::Args;
use court_deadlines::{Deadline, DeadlineChange, RuleBook};
use serde_json::Value;

use super::batch::{Docket, items, read_docket, row_errors};
use super::export::{self, Item, deadline_id};
use super::{
    CalendarExport, Layers, Outputs, export_html, export_ics, io, load_layers, parse_date,
    print_json, report, write_file,
};

/// `docket due`.
#[derive(Args, Debug)]
pub struct DueArgs {
    /// The docket file (the `batch` CSV; a `done` column lists deadlines
    /// already met, DEADLINE;DEADLINE...).
    pub file: PathBuf,
    /// First day shown (default: 30 days before today, so that recent
    /// PAST DUE deadlines show).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day shown (default: 14 days after today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// The day "today" is (default: this machine's date).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// Outputs.
    #[command(flatten)]
    pub output: Outputs,
}

/// `docket recheck`.
#[derive(Args, Debug)]
pub struct RecheckArgs {
    /// The docket file (the `batch` CSV).
    pub file: PathBuf,
    /// A folder of changed rule files (an amended rule, a new closure)
    /// layered over the current ones: report which docketed deadlines it
    /// would move (repeatable).
    #[arg(long, value_name = "DIR")]
    pub against_rules: Vec<PathBuf>,
    /// A complete folder of rule files to compare with the current rules
    /// (two rule folders: the current ones, and this one alone).
    #[arg(long, value_name = "DIR")]
    pub against_only_rules: Option<PathBuf>,
    /// The JSON of an earlier run (`recheck --json` or `batch --json`):
    /// report what moved since, as the docket's dates or the rules changed.
    #[arg(long, value_name = "FILE")]
    pub previous: Option<PathBuf>,
    /// Print as JSON (usable as the next run's --previous).
    #[arg(long)]
    pub json: bool,
    /// Write a printable report (one self-contained HTML page): what moved
    /// and why, then every deadline explained (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// The time the report records (RFC 3339; default: now).
    #[arg(long, value_name = "TIME", value_parser = super::parse_export_time)]
    pub export_time: Option<chrono::DateTime<chrono::Utc>>,
}

/// Whether a deadline is met, past due, due today, or upcoming.
fn status(item: &Item, done: &[&str], today: NaiveDate) -> &'static str {
    let id = deadline_id(&item.deadline);
    if done
        .iter()
        .any(|d| *d == id || id.ends_with(&format!(".{d}")))
    {
        "done"
    } else if item.deadline.date < today {
        "PAST DUE"
    } else if item.deadline.date == today {
        "DUE TODAY"
    } else {
        ""
    }
}

pub fn due(book: &RuleBook, a: DueArgs, out: &mut dyn Write) -> Result<(), String> {
    let today = a.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let from = a.from.unwrap_or(today - Duration::days(30));
    let to = a.to.unwrap_or(today + Duration::days(14));
    if to < from {
        return Err(format!("--to {to} is before --from {from}"));
    }
    let docket = read_docket(book, &a.file)?;
    let mut rows: Vec<(&'static str, Item)> = Vec::new();
    for (_, r, res) in &docket.results {
        let Ok(list) = res else { continue };
        let done: Vec<&str> = items(r.get("done")).collect();
        for it in list {
            if it.deadline.date < from || it.deadline.date > to {
                continue;
            }
            rows.push((status(it, &done, today), it.clone()));
        }
    }
    rows.sort_by(|(_, a), (_, b)| {
        (a.deadline.date, &a.matter, deadline_id(&a.deadline)).cmp(&(
            b.deadline.date,
            &b.matter,
            deadline_id(&b.deadline),
        ))
    });
    let errors = row_errors(&docket);
    let to_stdout = |p: &Option<PathBuf>| p.as_deref().is_some_and(|p| p.as_os_str() == "-");
    let mut notes = Vec::new();
    if let Some(path) = &a.output.csv {
        let audit = export::Audit::new(
            a.output.export.export_time.unwrap_or_else(chrono::Utc::now),
            book.fingerprint(),
        );
        let mut w = super::batch::csv_writer(a.output.excel);
        let mut header = vec!["status"];
        header.extend(export::CSV_HEADER);
        w.write_record(&header).map_err(|e| e.to_string())?;
        for (st, it) in &rows {
            let mut rec = vec![(*st).to_owned()];
            rec.extend(export::csv_record(it, &audit));
            w.write_record(&rec).map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
        if write_file(path, &text, out)? {
            notes.push(format!(
                "CSV: {} deadlines written to {}",
                rows.len(),
                path.display()
            ));
        }
    }
    let items: Vec<Item> = rows.iter().map(|(_, i)| i.clone()).collect();
    notes.extend(export_ics(book, &a.output.export, &items, out)?);
    let long = |d: NaiveDate| d.format("%A, %B %-d, %Y").to_string();
    let title = format!("Due {} to {}", long(from), long(to));
    let mut page = report(
        &title,
        vec![format!(
            "Docket file {}; today is {}.",
            a.file.display(),
            long(today)
        )],
        &items,
    );
    page.rows = rows.iter().map(|(s, i)| (*s, i)).collect();
    page.errors.clone_from(&errors);
    notes.extend(export_html(book, &a.output.export, page, out)?);
    if to_stdout(&a.output.csv)
        || to_stdout(&a.output.export.ics)
        || to_stdout(&a.output.export.html)
    {
        return Ok(());
    }
    if a.output.json {
        let v: Vec<Value> = rows
            .iter()
            .map(|(st, it)| {
                serde_json::json!({
                    "status": st, "matter": it.matter, "party": it.party,
                    "id": deadline_id(&it.deadline), "deadline": it.deadline,
                })
            })
            .collect();
        return print_json(
            &serde_json::json!({"today": today, "from": from, "to": to, "due": v, "errors": errors}),
            out,
        );
    }
    let past = rows.iter().filter(|(s, _)| *s == "PAST DUE").count();
    writeln!(
        out,
        "Due {} to {} (today is {}): {} deadline{}{}",
        long(from),
        long(to),
        long(today),
        rows.len(),
        if rows.len() == 1 { "" } else { "s" },
        if past > 0 {
            format!(", {past} PAST DUE")
        } else {
            String::new()
        }
    )
    .map_err(io)?;
    for (st, it) in &rows {
        let who = if it.party.is_empty() {
            it.matter.clone()
        } else {
            format!("{} ({})", it.matter, it.party)
        };
        let d = &it.deadline;
        let at = d
            .due_at
            .map_or_else(String::new, |t| format!(" {}", t.format("%H:%M")));
        writeln!(
            out,
            "{} {}{at}  {:<9}  {who}: {}  [{}] {}{}",
            d.date.format("%a"),
            d.date,
            st,
            d.rule.name,
            deadline_id(d),
            d.court,
            if d.provisional { "  PROVISIONAL" } else { "" }
        )
        .map_err(io)?;
    }
    for e in &errors {
        writeln!(out, "Not computed: {e}").map_err(io)?;
    }
    for n in notes {
        writeln!(out, "{n}").map_err(io)?;
    }
    Ok(())
}

/// A docketed date that differs: matter, party, deadline id, the date
/// docketed, and the deadline computed.
type Differ = (String, String, String, NaiveDate, Deadline);

/// Dates the firm has docketed (the `docketed` column, DEADLINE=DATE;...)
/// that differ from the computation.
fn docketed_differ(d: &Docket) -> Result<Vec<Differ>, String> {
    let mut out = Vec::new();
    for (row, r, res) in &d.results {
        let Ok(list) = res else { continue };
        for cell in items(r.get("docketed")) {
            let (id, date) = cell.split_once('=').ok_or_else(|| {
                format!("row {row}: docketed {cell:?}: expected DEADLINE=YYYY-MM-DD")
            })?;
            let date = parse_date(date).map_err(|e| format!("row {row}: docketed: {e}"))?;
            let id = id.trim();
            let found = list.iter().find(|i| {
                let full = deadline_id(&i.deadline);
                full == id || full.ends_with(&format!(".{id}"))
            });
            let Some(item) = found else {
                return Err(format!(
                    "row {row}: docketed {id:?} is not among the row's deadlines"
                ));
            };
            if item.deadline.date != date {
                out.push((
                    item.matter.clone(),
                    item.party.clone(),
                    deadline_id(&item.deadline),
                    date,
                    item.deadline.clone(),
                ));
            }
        }
    }
    Ok(out)
}

/// An item's identity across runs: matter, party, deadline id (never a
/// date), and a counter for repeats.
type Key = (String, String, String, usize);

/// Items by identity.
fn keyed(
    items: impl IntoIterator<Item = (String, String, Deadline)>,
) -> BTreeMap<(String, String, String, usize), Deadline> {
    let mut out = BTreeMap::new();
    for (matter, party, d) in items {
        let id = deadline_id(&d);
        let mut n = 0;
        while out.contains_key(&(matter.clone(), party.clone(), id.clone(), n)) {
            n += 1;
        }
        out.insert((matter, party, id, n), d);
    }
    out
}

fn current_items(d: &Docket) -> Vec<(String, String, Deadline)> {
    d.results
        .iter()
        .filter_map(|(_, _, r)| r.as_ref().ok())
        .flatten()
        .map(|i| (i.matter.clone(), i.party.clone(), i.deadline.clone()))
        .collect()
}

/// The items of an earlier run's JSON (`recheck --json`: its `items`;
/// `batch --json`: its rows with a `deadline`).
fn previous_items(path: &PathBuf) -> Result<Vec<(String, String, Deadline)>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let v: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
    let list = match &v {
        Value::Object(o) => o
            .get("items")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        Value::Array(a) => a.clone(),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    for x in list {
        let Some(d) = x.get("deadline") else { continue };
        let d: Deadline = serde_json::from_value(d.clone()).map_err(|e| {
            format!(
                "{}: a deadline that does not read back: {e}",
                path.display()
            )
        })?;
        let s = |k: &str| {
            x.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        out.push((s("matter"), s("party"), d));
    }
    Ok(out)
}

pub fn recheck(
    cli: &Layers,
    book: &RuleBook,
    a: RecheckArgs,
    out: &mut dyn Write,
) -> Result<(), String> {
    let now = read_docket(book, &a.file)?;
    if let Some(dir) = &a.against_only_rules {
        if a.previous.is_some() || !a.against_rules.is_empty() {
            return Err("give one of --against-rules, --against-only-rules and --previous".into());
        }
        // Two rule folders: the current rules against another complete set.
        let other = load_layers(
            &Layers {
                only: Some(dir.clone()),
                dirs: Vec::new(),
            },
            &[],
        )?;
        let then = read_docket(&other, &a.file)?;
        let what = format!("under the rules in {} alone", dir.display());
        return report_changes(
            book,
            &a,
            &now,
            what,
            current_items(&now),
            current_items(&then),
            out,
        );
    }
    let (what, before, after) = match (&a.previous, a.against_rules.is_empty()) {
        (Some(p), true) => (
            format!("since the run saved in {}", p.display()),
            previous_items(p)?,
            current_items(&now),
        ),
        (None, false) => {
            let changed = load_layers(cli, &a.against_rules)?;
            let then = read_docket(&changed, &a.file)?;
            let dirs: Vec<String> = a
                .against_rules
                .iter()
                .map(|d| d.display().to_string())
                .collect();
            let mut what = format!("under the rules in {}", dirs.join(", "));
            for ch in changed
                .layer_changes()
                .iter()
                .skip(book.layer_changes().len())
            {
                what.push_str(&format!("\n  ({ch})"));
            }
            (what, current_items(&now), current_items(&then))
        }
        (None, true) => (
            "(no earlier run or rules given: a baseline; save it with --json and recheck later with --previous)".to_owned(),
            current_items(&now),
            current_items(&now),
        ),
        (Some(_), false) => {
            return Err("give --against-rules DIR (what a rules change would move) or --previous FILE (what moved since an earlier run's --json), not both".into());
        }
    };
    report_changes(book, &a, &now, what, before, after, out)
}

/// Compares two computations of a docket and reports (text, JSON or HTML).
#[allow(clippy::too_many_arguments)]
fn report_changes(
    book: &RuleBook,
    a: &RecheckArgs,
    now: &Docket,
    what: String,
    before: Vec<(String, String, Deadline)>,
    after: Vec<(String, String, Deadline)>,
    out: &mut dyn Write,
) -> Result<(), String> {
    let before = keyed(before);
    let after = keyed(after);
    let mut moved: Vec<(&Key, DeadlineChange, &Deadline)> = Vec::new();
    let mut unchanged = 0;
    for (k, b) in &after {
        if let Some(a0) = before.get(k) {
            let ch = b.changes_since(a0);
            if ch.moved() {
                moved.push((k, ch, b));
            } else {
                unchanged += 1;
            }
        }
    }
    let added: Vec<_> = after
        .iter()
        .filter(|(k, _)| !before.contains_key(*k))
        .collect();
    let removed: Vec<_> = before
        .iter()
        .filter(|(k, _)| !after.contains_key(*k))
        .collect();
    if a.html.is_some() {
        let items: Vec<Item> = now
            .results
            .iter()
            .filter_map(|(_, _, r)| r.as_ref().ok())
            .flatten()
            .cloned()
            .collect();
        let mut lines = Vec::new();
        for (k, ch, d) in &moved {
            lines.push(format!(
                "{} — {} [{}] in {}",
                k.0, d.rule.name, k.2, d.court
            ));
            lines.extend(ch.to_string().lines().map(|l| format!("    {l}")));
        }
        if lines.is_empty() {
            lines.push("Nothing moved.".to_owned());
        }
        let title = format!("Recheck: {}", a.file.display());
        let mut page = report(&title, vec![format!("Compared {what}.")], &items);
        page.sections
            .push(("What moved, and why".to_owned(), lines));
        let differ: Vec<String> = docketed_differ(now)?
            .iter()
            .map(|(m, _, id, docketed, d)| {
                format!(
                    "{m} — {} [{id}]: docketed {docketed}, computed {}",
                    d.rule.name, d.date
                )
            })
            .collect();
        if !differ.is_empty() {
            page.sections.push((
                "Docketed dates that differ from the computation".to_owned(),
                differ,
            ));
        }
        page.errors = row_errors(now);
        let export = CalendarExport {
            ics: None,
            export_time: a.export_time,
            remind: Vec::new(),
            no_reminders: true,
            html: a.html.clone(),
        };
        let notes = export_html(book, &export, page, out)?;
        if a.html.as_deref().is_some_and(|p| p.as_os_str() == "-") {
            return Ok(());
        }
        for n in notes {
            writeln!(out, "{n}").map_err(io)?;
        }
    }
    if a.json {
        let items: Vec<Value> = current_items(now)
            .into_iter()
            .map(|(m, p, d)| serde_json::json!({"matter": m, "party": p, "deadline": d}))
            .collect();
        let mv: Vec<Value> = moved
            .iter()
            .map(|(k, ch, d)| {
                serde_json::json!({"matter": k.0, "party": k.1, "id": k.2, "court": d.court, "change": ch})
            })
            .collect();
        let ids = |v: &[(&Key, &Deadline)]| -> Vec<Value> {
            v.iter()
                .map(|(k, d)| serde_json::json!({"matter": k.0, "party": k.1, "id": k.2, "date": d.date}))
                .collect()
        };
        return print_json(
            &serde_json::json!({
                "audit": export::Audit::new(a.export_time.unwrap_or_else(chrono::Utc::now), book.fingerprint()).json(),
                "compared": what, "moved": mv, "unchanged": unchanged,
                "added": ids(&added), "removed": ids(&removed),
                "errors": row_errors(now), "items": items,
                "docketed_differ": docketed_differ(now)?.iter().map(|(m, p, id, docketed, d)| {
                    serde_json::json!({"matter": m, "party": p, "id": id, "docketed": docketed, "computed": d.date, "court": d.court})
                }).collect::<Vec<_>>(),
            }),
            out,
        );
    }
    writeln!(
        out,
        "Rechecked {} deadline{} of {} {what}: {} moved, {} unchanged, {} new, {} gone.",
        after.len(),
        if after.len() == 1 { "" } else { "s" },
        a.file.display(),
        moved.len(),
        unchanged,
        added.len(),
        removed.len()
    )
    .map_err(io)?;
    for (k, ch, d) in &moved {
        let who = if k.1.is_empty() {
            k.0.clone()
        } else {
            format!("{} ({})", k.0, k.1)
        };
        writeln!(out, "\n{who} — {} [{}] in {}", d.rule.name, k.2, d.court).map_err(io)?;
        for line in ch.to_string().lines() {
            writeln!(out, "  {line}").map_err(io)?;
        }
    }
    for (k, d) in &added {
        writeln!(
            out,
            "\nNew: {} — {} [{}]: {}",
            k.0, d.rule.name, k.2, d.date
        )
        .map_err(io)?;
    }
    for (k, d) in &removed {
        writeln!(
            out,
            "\nGone: {} — {} [{}] (was {})",
            k.0, d.rule.name, k.2, d.date
        )
        .map_err(io)?;
    }
    let differ = docketed_differ(now)?;
    if !differ.is_empty() {
        writeln!(
            out,
            "\nDocketed dates that differ from the computation: {}",
            differ.len()
        )
        .map_err(io)?;
        let long = |d: NaiveDate| d.format("%A, %B %-d, %Y").to_string();
        for (m, p, id, docketed, d) in &differ {
            let who = if p.is_empty() {
                m.clone()
            } else {
                format!("{m} ({p})")
            };
            writeln!(
                out,
                "{who} — {} [{id}] in {}: docketed {}, computed {}",
                d.rule.name,
                d.court,
                long(*docketed),
                long(d.date)
            )
            .map_err(io)?;
            if let Some(last) = d.steps.last() {
                writeln!(out, "  last step: {}", last.text).map_err(io)?;
            }
        }
    }
    for e in row_errors(now) {
        writeln!(out, "Not computed: {e}").map_err(io)?;
    }
    Ok(())
}
