//! A report a partner reads: one self-contained, printable HTML page (no
//! external assets, no script): the matters, a timeline of deadlines by
//! month, each deadline's explanation with its citations, and the warnings
//! set apart, with when it was computed and with which rule data.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, Utc};
use court_deadlines::WarningCode;

use super::export::{Item, deadline_id, with_flags};

/// What a report shows besides the deadlines.
pub struct Page<'a> {
    /// The page's title ("Schedule: Doe v. Roe", "Due December 1–31, 2026").
    pub title: &'a str,
    /// Lines under the title (the court, the event, the docket file).
    pub intro: Vec<String>,
    /// The deadlines, each with a status ("PAST DUE", "DUE TODAY", "done"
    /// or "").
    pub rows: Vec<(&'a str, &'a Item)>,
    /// Extra sections: (heading, lines), e.g. what a recheck found moved.
    pub sections: Vec<(String, Vec<String>)>,
    /// Rows that could not be computed.
    pub errors: Vec<String>,
    /// When the report was computed (passed in by the command).
    pub now: DateTime<Utc>,
    /// The rule data's fingerprint.
    pub rules: &'a str,
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font-family:Georgia,'Times New Roman',serif;color:#111;margin:2em auto;max-width:60em;padding:0 1em;line-height:1.35}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:2px solid #333;margin-top:1.6em}
h3{font-size:1.05em;margin:.2em 0}.meta{color:#444;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #999;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#e8e8e8}tr.month td{background:#f3f3f3;font-weight:bold}
.status{font-weight:bold;white-space:nowrap}.PAST{color:#fff;background:#b00020}.TODAY{background:#ffd54f}.done{color:#555;text-decoration:line-through}
.deadline{border:1px solid #bbb;border-radius:4px;padding:.6em .9em;margin:1em 0;page-break-inside:avoid}
.deadline .due{font-size:1.1em;font-weight:bold}.cite{color:#333;font-size:.85em}
ol.steps li{margin:.2em 0}.skipped{color:#444;font-size:.85em;margin-left:1em}
.warn{border-left:5px solid #c77700;background:#fff4e0;padding:.4em .7em;margin:.5em 0}
.error{border-left:5px solid #b00020;background:#fde8ec;padding:.4em .7em}
.warnings-summary{border:2px solid #c77700;padding:.5em 1em;background:#fff8ec}
@media print{body{margin:0;max-width:none}.deadline{break-inside:avoid}a{color:#111;text-decoration:none}}
";

fn status_class(s: &str) -> &'static str {
    match s {
        "PAST DUE" => "status PAST",
        "DUE TODAY" => "status TODAY",
        "done" => "status done",
        _ => "status",
    }
}

fn long(d: NaiveDate) -> String {
    d.format("%A, %B %-d, %Y").to_string()
}

/// The page.
pub fn page(p: &Page<'_>) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(p.title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(p.title));
    for l in &p.intro {
        let _ = writeln!(h, "<p>{}</p>", esc(l));
    }
    let _ = writeln!(
        h,
        "<p class=\"meta\">Computed {} by court-deadlines {}; rule data {}. Dates are computed from the rules and dates given; check each against the court's orders and notices.</p>",
        p.now.format("%Y-%m-%d %H:%M UTC"),
        env!("CARGO_PKG_VERSION"),
        esc(p.rules)
    );

    // Warnings, set apart: each distinct one once, with the deadlines it
    // concerns.
    let flagged: Vec<(&str, Item)> = p
        .rows
        .iter()
        .map(|(s, i)| {
            let mut it = (*i).clone();
            it.deadline = with_flags(it.deadline);
            (*s, it)
        })
        .collect();
    // (key, message, deadlines): the coverage warnings, whose text names
    // the dates counted, are one entry (the latest deadline's words).
    let mut warnings: Vec<(String, String, Vec<String>)> = Vec::new();
    for (_, it) in &flagged {
        for w in &it.deadline.warnings {
            let who = format!("{} — {}", it.matter, it.deadline.rule.name);
            let key = if w.code == WarningCode::BeyondVerifiedCoverage {
                "coverage".to_owned()
            } else {
                w.message.clone()
            };
            match warnings.iter_mut().find(|(k, _, _)| *k == key) {
                Some((_, msg, list)) => {
                    list.push(who);
                    msg.clone_from(&w.message);
                }
                None => warnings.push((key, w.message.clone(), vec![who])),
            }
        }
    }
    if !p.errors.is_empty() {
        let _ = writeln!(h, "<h2>Not computed</h2>");
        for e in &p.errors {
            let _ = writeln!(h, "<p class=\"error\">{}</p>", esc(e));
        }
    }
    for (heading, lines) in &p.sections {
        let _ = writeln!(h, "<h2>{}</h2>", esc(heading));
        for l in lines {
            let _ = writeln!(h, "<p>{}</p>", esc(l));
        }
    }

    // The timeline, by month.
    let _ = writeln!(
        h,
        "<h2>Timeline</h2>\n<table><thead><tr><th>Date</th><th>Status</th><th>Matter</th><th>Deadline</th><th>Court</th></tr></thead><tbody>"
    );
    let mut month = String::new();
    for (n, (st, it)) in flagged.iter().enumerate() {
        let d = &it.deadline;
        let m = d.date.format("%B %Y").to_string();
        if m != month {
            let _ = writeln!(
                h,
                "<tr class=\"month\"><td colspan=\"5\">{}</td></tr>",
                esc(&m)
            );
            month = m;
        }
        let who = if it.party.is_empty() {
            it.matter.clone()
        } else {
            format!("{} ({})", it.matter, it.party)
        };
        let at = d
            .due_at
            .map_or_else(String::new, |t| format!(" {}", t.format("%-I:%M %p")));
        let _ = writeln!(
            h,
            "<tr><td>{} {}{}</td><td class=\"{}\">{}</td><td>{}</td><td><a href=\"#d{n}\">{}</a>{}</td><td>{}</td></tr>",
            d.date.format("%a"),
            d.date,
            esc(&at),
            status_class(st),
            esc(st),
            esc(&who),
            esc(&d.rule.name),
            if d.provisional {
                " <strong>PROVISIONAL</strong>"
            } else {
                ""
            },
            esc(&d.court)
        );
    }
    let _ = writeln!(h, "</tbody></table>");

    if !warnings.is_empty() {
        let _ = writeln!(h, "<h2>Warnings</h2>\n<div class=\"warnings-summary\">");
        for (_, msg, who) in &warnings {
            let _ = writeln!(
                h,
                "<p class=\"warn\">{}<br><span class=\"cite\">Concerns: {}</span></p>",
                esc(msg),
                esc(&who.join("; "))
            );
        }
        let _ = writeln!(h, "</div>");
    }

    // Each deadline, explained.
    let _ = writeln!(h, "<h2>Deadlines explained</h2>");
    for (n, (st, it)) in flagged.iter().enumerate() {
        let d = &it.deadline;
        let _ = writeln!(h, "<section class=\"deadline\" id=\"d{n}\">");
        let _ = writeln!(
            h,
            "<h3>{}{}</h3>",
            esc(&it.matter),
            if it.party.is_empty() {
                String::new()
            } else {
                format!(" ({})", esc(&it.party))
            }
        );
        let _ = writeln!(
            h,
            "<p class=\"due\">{} — {} <span class=\"{}\">{}</span></p>",
            esc(&d.rule.name),
            esc(&long(d.date)),
            status_class(st),
            esc(st)
        );
        let _ = writeln!(
            h,
            "<p class=\"cite\">{} [{}] · {} ({}) · trigger {}{}</p>",
            esc(&d.rule.citation),
            esc(&deadline_id(d)),
            esc(&d.court_name),
            esc(&d.court),
            d.trigger.date,
            d.rule
                .version
                .as_deref()
                .map_or_else(String::new, |v| format!(" · {}", esc(v)))
        );
        if d.safe_date != d.date {
            let _ = writeln!(
                h,
                "<p class=\"warn\"><strong>Safe date (earliest reading): {}</strong></p>",
                esc(&long(d.safe_date))
            );
        }
        let _ = writeln!(h, "<ol class=\"steps\">");
        for s in &d.steps {
            let _ = write!(h, "<li>{}", esc(&s.text));
            if let Some(c) = &s.citation {
                let _ = write!(h, " <span class=\"cite\">[{}]</span>", esc(c));
            }
            for k in &s.skipped {
                let reasons: Vec<String> = k.reasons.iter().map(ToString::to_string).collect();
                let _ = write!(
                    h,
                    "<div class=\"skipped\">{} — {}</div>",
                    esc(&long(k.date)),
                    esc(&reasons.join("; "))
                );
            }
            let _ = writeln!(h, "</li>");
        }
        let _ = writeln!(h, "</ol>");
        for c in &d.cutoffs {
            let _ = writeln!(
                h,
                "<p>Filing closes ({}): {}{}</p>",
                esc(&c.method),
                esc(&c.text),
                c.citation.as_deref().map_or_else(String::new, |x| format!(
                    " <span class=\"cite\">[{}]</span>",
                    esc(x)
                ))
            );
        }
        if d.readings.iter().any(|r| r.date != d.date) {
            let _ = writeln!(h, "<p>Readings:</p><ul>");
            for r in &d.readings {
                let _ = writeln!(h, "<li>{}: {}</li>", esc(&r.name), esc(&long(r.date)));
            }
            let _ = writeln!(h, "</ul>");
        }
        for a in &it.assumed {
            let _ = writeln!(h, "<p class=\"cite\">Assumed: {}</p>", esc(a));
        }
        if let Some(note) = &d.rule.note {
            let _ = writeln!(h, "<p class=\"cite\">Note: {}</p>", esc(note));
        }
        for w in &d.warnings {
            let _ = writeln!(h, "<p class=\"warn\">{}</p>", esc(&w.message));
        }
        let _ = writeln!(h, "</section>");
    }
    h.push_str("</body></html>\n");
    h
}
