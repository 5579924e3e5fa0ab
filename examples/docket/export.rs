//! What the docket tool exports: the items, their ids, and the CSV form.
//! The calendar (RFC 5545) form is in `ics.rs`.

use court_deadlines::{Deadline, Remedy};

/// The deadline with each warning the user can resolve naming the flag to
/// give, as this tool spells it (the library names what to give, not how;
/// JSON output keeps the library's form, with the `remedy` field).
pub fn with_flags(mut d: Deadline) -> Deadline {
    for w in &mut d.warnings {
        let flag = match &w.remedy {
            Some(Remedy::OriginCourt) => "--origin-court COURT".to_owned(),
            Some(Remedy::ServedBy { event }) => format!("--served {event}=METHOD"),
            Some(Remedy::EventDate { event }) => format!("--actual {event}=YYYY-MM-DD"),
            _ => continue,
        };
        w.message.push_str(&format!(" ({flag})"));
    }
    d
}

/// One computed deadline to export, with the matter it belongs to.
#[derive(Clone)]
pub struct Item {
    /// The matter (case name or file number); may be empty.
    pub matter: String,
    /// The party, where one matter has the same deadline for several
    /// parties (each served on its own date); may be empty.
    pub party: String,
    /// The computed deadline.
    pub deadline: Deadline,
    /// Dates a schedule assumed to get here.
    pub assumed: Vec<String>,
}

/// The deadline's id for people and files: `frcp.answer`, or, for an
/// ad-hoc period, `frcp: 14 days after`.
pub fn deadline_id(d: &Deadline) -> String {
    match &d.rule.deadline {
        Some(id) => format!("{}.{id}", d.rule.rule_set),
        None => format!(
            "{}: {} {}",
            d.rule.rule_set, d.rule.period, d.rule.direction
        ),
    }
}

/// The trigger as typed: `2026-11-27` or `2007-11-02T10:23`.
pub fn trigger_text(d: &Deadline) -> String {
    match d.trigger.time {
        Some(t) => format!("{}T{}", d.trigger.date, t.format("%H:%M")),
        None => d.trigger.date.to_string(),
    }
}

/// 64-bit FNV-1a: stable across Rust versions and platforms, unlike std's
/// `DefaultHasher`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The CSV columns of an exported deadline (batch output adds `row` first).
pub const CSV_HEADER: [&str; 19] = [
    "matter",
    "court",
    "deadline",
    "name",
    "citation",
    "event",
    "trigger",
    "service",
    "date",
    "due_at",
    "safe_date",
    "assumed",
    "warnings",
    "party",
    "computed_at",
    "crate_version",
    "rules_fingerprint",
    "rule_version",
    "error",
];

/// What every export records: when it was computed (passed in by the
/// command), by which version of the crate, and with which rule data.
pub struct Audit {
    /// RFC 3339, UTC.
    pub computed_at: String,
    /// The rule data's fingerprint ([`court_deadlines::RuleBook::fingerprint`]).
    pub rules: String,
}

impl Audit {
    /// The audit as JSON fields.
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "computed_at": self.computed_at,
            "crate_version": env!("CARGO_PKG_VERSION"),
            "rules_fingerprint": self.rules,
        })
    }

    pub fn new(now: chrono::DateTime<chrono::Utc>, rules: &str) -> Audit {
        Audit {
            computed_at: now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            rules: rules.to_owned(),
        }
    }
}

/// One CSV record for a computed deadline.
pub fn csv_record(item: &Item, audit: &Audit) -> Vec<String> {
    let flagged = with_flags(item.deadline.clone());
    let d = &flagged;
    vec![
        item.matter.clone(),
        d.court.to_string(),
        d.rule
            .deadline
            .as_ref()
            .map_or_else(String::new, |_| deadline_id(d)),
        if d.provisional {
            format!("PROVISIONAL {}", d.rule.name)
        } else {
            d.rule.name.to_string()
        },
        d.rule.citation.to_string(),
        d.trigger.event.as_deref().unwrap_or("").to_owned(),
        trigger_text(d),
        d.trigger.service.as_deref().unwrap_or_default().to_owned(),
        d.date.to_string(),
        d.due_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        d.safe_date.to_string(),
        item.assumed.join("; "),
        d.warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        item.party.clone(),
        audit.computed_at.clone(),
        env!("CARGO_PKG_VERSION").to_owned(),
        audit.rules.clone(),
        d.rule
            .version
            .clone()
            .unwrap_or_else(|| "current".to_owned()),
        String::new(),
    ]
}
