//! Layers: what a later layer of rule files replaced or extended in an
//! earlier one, so that a firm's old copy of a bundled file never silently
//! masks a later correction.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::court_file::ParsedPatch;
use super::source::SourceFile;

/// What a layer did to a definition of an earlier layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// The definition was replaced by one with the same id.
    Replaced,
    /// A court was extended by a patch (`extends = true`).
    Extended,
}

/// A definition that a later layer of rule files replaced or extended
/// (see [`RuleBook::layer_changes`](crate::RuleBook::layer_changes)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LayerChange {
    /// Replaced or extended.
    pub kind: ChangeKind,
    /// `calendar`, `rule set` or `court`.
    pub what: String,
    /// The id.
    pub id: String,
    /// The file of the later layer.
    pub file: String,
    /// The file whose definition it replaced or extended.
    pub earlier_file: String,
    /// For a patch: what it added.
    pub detail: Option<String>,
}

impl std::fmt::Display for LayerChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            ChangeKind::Replaced => write!(
                f,
                "{} {} from {} replaces the one in {}",
                self.what, self.id, self.file, self.earlier_file
            ),
            ChangeKind::Extended => {
                write!(
                    f,
                    "{} {} (defined in {}) is extended by {}",
                    self.what, self.id, self.earlier_file, self.file
                )?;
                if let Some(d) = &self.detail {
                    write!(f, ": {d}")?;
                }
                Ok(())
            }
        }
    }
}

/// Where each definition came from, across layers.
#[derive(Debug, Default)]
pub(super) struct Origins {
    /// (kind, id) -> (layer, file index).
    by_id: BTreeMap<(&'static str, String), (usize, usize)>,
    pub(super) changes: Vec<LayerChange>,
}

impl Origins {
    /// Records that `files[idx]`, of layer `layer`, defines `what` `id`;
    /// a definition from an earlier layer is reported as replaced.
    pub(super) fn define(
        &mut self,
        files: &[SourceFile],
        layer: usize,
        what: &'static str,
        id: &str,
        idx: usize,
    ) {
        let name = |i: usize| files.get(i).map_or_else(String::new, |f| f.name.clone());
        if let Some(&(l, earlier)) = self.by_id.get(&(what, id.to_owned())) {
            if l < layer {
                self.changes.push(LayerChange {
                    kind: ChangeKind::Replaced,
                    what: what.to_owned(),
                    id: id.to_owned(),
                    file: name(idx),
                    earlier_file: name(earlier),
                    detail: None,
                });
            }
        }
        self.by_id.insert((what, id.to_owned()), (layer, idx));
    }

    /// Records a court patch in `files[idx]`.
    pub(super) fn extended(&mut self, files: &[SourceFile], p: &ParsedPatch, idx: usize) {
        let name = |i: usize| files.get(i).map_or_else(String::new, |f| f.name.clone());
        let earlier = self
            .by_id
            .get(&("court", p.id.clone()))
            .map_or_else(String::new, |&(_, i)| name(i));
        let mut parts = Vec::new();
        for (label, list) in [
            ("rule sets", &p.add_rule_sets),
            ("calendars", &p.add_calendars),
            ("state calendars", &p.add_forward_only),
        ] {
            if !list.is_empty() {
                parts.push(format!("adds {label} {}", list.join(", ")));
            }
        }
        self.changes.push(LayerChange {
            kind: ChangeKind::Extended,
            what: "court".to_owned(),
            id: p.id.clone(),
            file: name(idx),
            earlier_file: earlier,
            detail: Some(parts.join("; ")),
        });
    }
}
