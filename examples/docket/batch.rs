//! `docket batch`: many matters from a CSV file (the firm's docket file),
//! one row each. Forgiving input, strict meaning: columns are matched
//! ignoring case; a column the tool does not know is kept and echoed in the
//! output (an `attorney` or `notes` column), unless its name is a near miss
//! of a known one (`servce`), which is refused, since reading it as an
//! extra column would silently drop what it says.

use std::io::Write;

use chrono::NaiveDate;
use court_deadlines::{Deadline, RuleBook};

use super::export::{self, Item};
use super::{
    BatchArgs, export_ics, io, parse_actual, parse_date, parse_served, parse_when, print_json,
};

/// The batch file's columns.
pub const BATCH_COLUMNS: [&str; 15] = [
    "matter",
    "court",
    "deadline",
    "event",
    "trigger",
    "service",
    "origin_court",
    "party",
    "actual",
    "served",
    "as_of",
    "closed",
    "inaccessible",
    "done",
    "docketed",
];

/// What each column means, for the error that lists them.
const COLUMN_HELP: &str = "matter, court, trigger (required); deadline or event; service; origin_court; party; actual (EVENT=DATE;...), served (EVENT=METHOD;...), as_of (DATE), closed and inaccessible (DATE;DATE...), done (DEADLINE;... already met), docketed (DEADLINE=DATE;... on the firm's calendar)";

/// One input row's fields, by column, and the columns the tool does not
/// know (echoed in the output).
#[derive(Default, Clone)]
pub struct Row {
    pub fields: [String; 15],
    pub extra: Vec<(String, String)>,
}

impl Row {
    /// A known column's value ("" when the file has no such column).
    pub fn get(&self, col: &str) -> &str {
        BATCH_COLUMNS
            .iter()
            .position(|c| *c == col)
            .and_then(|i| self.fields.get(i))
            .map_or("", String::as_str)
    }
}

/// A list cell: items separated by `;` (or `|`), blanks ignored.
pub fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn dates(cell: &str, what: &str) -> Result<Vec<NaiveDate>, String> {
    items(cell)
        .map(|d| parse_date(d).map_err(|e| format!("{what}: {e}")))
        .collect()
}

/// The deadlines one row computes.
pub fn batch_row(book: &RuleBook, r: &Row) -> Result<Vec<Item>, String> {
    if r.get("matter").is_empty() {
        return Err("the matter is empty".into());
    }
    if r.get("court").is_empty() {
        return Err("the court is empty".into());
    }
    let c = book.court(r.get("court")).map_err(|e| e.to_string())?;
    if r.get("trigger").is_empty() {
        return Err("the trigger date is empty (expected YYYY-MM-DD)".into());
    }
    let when = parse_when(r.get("trigger"))?;
    let mut t = when.trigger();
    if !r.get("service").is_empty() {
        t = t.served_by(r.get("service"));
    }
    if !r.get("origin_court").is_empty() {
        t = t.origin_court(r.get("origin_court"));
    }
    for a in items(r.get("actual")) {
        let (event, date) = parse_actual(a)?;
        t = t.event_on(event.as_str(), date);
    }
    for s in items(r.get("served")) {
        let (event, method) = parse_served(s)?;
        t = t.event_served_by(event.as_str(), method.as_str());
    }
    if !r.get("as_of").is_empty() {
        t = t.as_of(parse_date(r.get("as_of")).map_err(|e| format!("as_of: {e}"))?);
    }
    for d in dates(r.get("closed"), "closed")? {
        t = t.closed(d);
    }
    for d in dates(r.get("inaccessible"), "inaccessible")? {
        t = t.inaccessible(d);
    }
    let item = |deadline: Deadline, assumed: Vec<String>| Item {
        matter: r.get("matter").to_owned(),
        party: r.get("party").to_owned(),
        deadline,
        assumed,
    };
    let (deadline, event) = (r.get("deadline"), r.get("event"));
    match (deadline.is_empty(), event.is_empty()) {
        (false, true) => {
            let d = c.compute(deadline, &t).map_err(|e| e.to_string())?;
            Ok(vec![item(d, Vec::new())])
        }
        (true, false) => {
            if when.time.is_some() {
                return Err("an event's schedule takes a date (YYYY-MM-DD), not a time".into());
            }
            let s = c.schedule(event, &t).map_err(|e| e.to_string())?;
            Ok(s.entries
                .into_iter()
                .map(|e| item(e.deadline, e.assumed))
                .collect())
        }
        (false, false) => Err(format!(
            "name a deadline or an event, not both (deadline {deadline:?}, event {event:?})"
        )),
        (true, true) => Err(
            "name a deadline (e.g. frcp.answer) or an event (e.g. frcp.complaint-served)".into(),
        ),
    }
}

/// Levenshtein distance, for near-miss column names (short strings only).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// How each header column is read: a known column's index, or an extra
/// column kept by name.
enum Column {
    Known(usize),
    Extra(String),
}

fn columns(file: &str, headers: &csv::StringRecord) -> Result<Vec<Column>, String> {
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for h in headers {
        let name = h.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        if seen.contains(&name) {
            return Err(format!("{file}: column {h:?} appears twice"));
        }
        seen.push(name.clone());
        match BATCH_COLUMNS.iter().position(|c| *c == name) {
            Some(i) => out.push(Column::Known(i)),
            None => {
                if let Some(near) = BATCH_COLUMNS
                    .iter()
                    .find(|c| distance(c, &name) <= 2 && name.len() >= 3)
                {
                    return Err(format!(
                        "{file}: unknown column {h:?} in the header: did you mean {near:?}? (columns: {COLUMN_HELP}; other columns are kept and echoed)"
                    ));
                }
                out.push(Column::Extra(h.trim().to_owned()));
            }
        }
    }
    for required in ["matter", "court", "trigger"] {
        let i = BATCH_COLUMNS
            .iter()
            .position(|c| *c == required)
            .unwrap_or(0);
        if !out.iter().any(|c| matches!(c, Column::Known(k) if *k == i)) {
            return Err(format!(
                "{file}: the header has no {required:?} column (columns: {COLUMN_HELP})"
            ));
        }
    }
    if !out
        .iter()
        .any(|c| matches!(c, Column::Known(2) | Column::Known(3)))
    {
        return Err(format!(
            "{file}: the header needs a \"deadline\" or an \"event\" column (columns: {COLUMN_HELP})"
        ));
    }
    Ok(out)
}

/// A CSV writer, for Excel when asked (a byte-order mark, so that "§" and
/// "—" are read as UTF-8, and CRLF line ends).
pub fn csv_writer(excel: bool) -> csv::Writer<Vec<u8>> {
    let mut b = csv::WriterBuilder::new();
    let mut start = Vec::new();
    if excel {
        b.terminator(csv::Terminator::CRLF);
        start.extend_from_slice("\u{feff}".as_bytes());
    }
    b.from_writer(start)
}

/// A docket file read and computed: the names of its extra columns, and
/// per row its number, fields and deadlines (or why they could not be
/// computed).
pub struct Docket {
    pub extra_names: Vec<String>,
    pub results: Vec<(u64, Row, Result<Vec<Item>, String>)>,
    pub rows: usize,
}

/// Reads a docket file (the batch CSV) and computes every row with `book`.
pub fn read_docket(book: &RuleBook, path: &std::path::Path) -> Result<Docket, String> {
    let text = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // A byte-order mark (a file saved by Excel) is not part of the header.
    let text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text);
    let file = path.display().to_string();
    let headers = reader
        .headers()
        .map_err(|e| format!("{file}: cannot read the header: {e}"))?
        .clone();
    let columns = columns(&file, &headers)?;
    let extra_names: Vec<String> = columns
        .iter()
        .filter_map(|c| match c {
            Column::Extra(n) => Some(n.clone()),
            Column::Known(_) => None,
        })
        .collect();
    let mut results: Vec<(u64, Row, Result<Vec<Item>, String>)> = Vec::new();
    let mut rows = 0;
    for (i, record) in reader.records().enumerate() {
        rows += 1;
        let fallback = i as u64 + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let row = e.position().map_or(fallback, |p| p.line());
                results.push((row, Row::default(), Err(format!("unreadable row: {e}"))));
                continue;
            }
        };
        let row = record.position().map_or(fallback, |p| p.line());
        let mut r = Row::default();
        for (field, col) in record.iter().zip(&columns) {
            match col {
                Column::Known(k) => {
                    if let Some(slot) = r.fields.get_mut(*k) {
                        *slot = field.to_owned();
                    }
                }
                Column::Extra(n) => r.extra.push((n.clone(), field.to_owned())),
            }
        }
        let computed = if record.len() > columns.len() {
            Err(format!(
                "{} fields, but the header has {}",
                record.len(),
                columns.len()
            ))
        } else {
            batch_row(book, &r)
        };
        results.push((row, r, computed));
    }
    Ok(Docket {
        extra_names,
        results,
        rows,
    })
}

/// The errors of a docket's rows, as lines for people.
pub fn row_errors(d: &Docket) -> Vec<String> {
    d.results
        .iter()
        .filter_map(|(row, r, res)| {
            let e = res.as_ref().err()?;
            let who = if r.get("matter").is_empty() {
                String::new()
            } else {
                format!(" (matter {:?})", r.get("matter"))
            };
            Some(format!("row {row}{who}: {e}"))
        })
        .collect()
}

pub fn batch(
    book: &RuleBook,
    a: BatchArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), String> {
    let Docket {
        extra_names,
        results,
        rows,
    } = read_docket(book, &a.file)?;
    let ics_to_stdout = [&a.export.ics, &a.export.html]
        .iter()
        .any(|p| p.as_deref().is_some_and(|p| p.as_os_str() == "-"));
    let extra_of = |r: &Row| -> serde_json::Map<String, serde_json::Value> {
        r.extra
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::from(v.clone())))
            .collect()
    };
    if ics_to_stdout {
        // The calendar alone goes to standard output.
    } else if a.json {
        let audit = export::Audit::new(
            a.export.export_time.unwrap_or_else(chrono::Utc::now),
            book.fingerprint(),
        )
        .json();
        let mut v = Vec::new();
        for (row, r, res) in &results {
            match res {
                Ok(items) => {
                    for it in items {
                        v.push(serde_json::json!({
                            "row": row, "matter": it.matter, "party": it.party, "deadline": it.deadline,
                            "assumed": it.assumed, "extra": extra_of(r), "audit": audit,
                        }));
                    }
                }
                Err(e) => v.push(serde_json::json!({
                    "row": row, "matter": r.get("matter"), "court": r.get("court"), "error": e,
                    "extra": extra_of(r),
                })),
            }
        }
        print_json(&v, out)?;
    } else {
        let audit = export::Audit::new(
            a.export.export_time.unwrap_or_else(chrono::Utc::now),
            book.fingerprint(),
        );
        let mut w = csv_writer(a.excel);
        let mut header = vec!["row".to_owned()];
        header.extend(export::CSV_HEADER.iter().map(|s| (*s).to_owned()));
        let base = header.len();
        header.extend(extra_names.iter().cloned());
        w.write_record(&header).map_err(|e| e.to_string())?;
        for (row, r, res) in &results {
            let extras = || r.extra.iter().map(|(_, v)| v.clone());
            match res {
                Ok(items) => {
                    for it in items {
                        let mut rec = vec![row.to_string()];
                        rec.extend(export::csv_record(it, &audit));
                        rec.extend(extras());
                        w.write_record(&rec).map_err(|e| e.to_string())?;
                    }
                }
                Err(e) => {
                    let mut rec = vec![String::new(); base];
                    rec[0] = row.to_string();
                    rec[1] = r.get("matter").to_owned();
                    rec[2] = r.get("court").to_owned();
                    rec[3] = r.get("deadline").to_owned();
                    rec[6] = r.get("event").to_owned();
                    rec[7] = r.get("trigger").to_owned();
                    rec[8] = r.get("service").to_owned();
                    rec[base - 1].clone_from(e);
                    rec.extend(extras());
                    w.write_record(&rec).map_err(|e| e.to_string())?;
                }
            }
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        out.write_all(&bytes).map_err(io)?;
    }
    let docket = Docket {
        extra_names: Vec::new(),
        results,
        rows,
    };
    let errors = row_errors(&docket);
    let results = docket.results;
    let all_items: Vec<Item> = results
        .into_iter()
        .filter_map(|(_, _, res)| res.ok())
        .flatten()
        .collect();
    // The output is data: notes for people (the calendar's counts, reminders
    // left out) go to the error stream.
    for n in export_ics(book, &a.export, &all_items, out)? {
        writeln!(err, "note: {n}").map_err(io)?;
    }
    let title = format!("Docket: {}", a.file.display());
    let mut page = super::report(&title, Vec::new(), &all_items);
    page.errors.clone_from(&errors);
    for n in super::export_html(book, &a.export, page, out)? {
        writeln!(err, "note: {n}").map_err(io)?;
    }
    if errors.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} of {rows} row{} could not be computed (the other rows were):\n  {}",
        errors.len(),
        if rows == 1 { "" } else { "s" },
        errors.join("\n  ")
    ))
}
