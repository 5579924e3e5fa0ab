//! Local rules in a court: which of the court's rule sets supplement
//! another (`supplements = "frcp"`), which default deadlines their
//! deadlines displace, and the notices a result then carries.

use std::sync::Arc;

use chrono::NaiveDate;

use super::court::Court;
use crate::explain::{DisplacedRule, Warning, WarningCode, notices};
use crate::rules::model::{DeadlineRule, RuleSet};

impl Court {
    /// The court's rule sets that supplement `base` (its local rules).
    /// A rule set that cannot be parsed is skipped here: computing with it
    /// reports its error.
    pub(crate) fn supplements_of<'s>(
        &'s self,
        base: &'s str,
    ) -> impl Iterator<Item = &'s Arc<RuleSet>> + 's {
        self.def.rule_set_defs.iter().filter_map(move |cell| {
            let rs = cell.get(&self.book.loaded.rule_sets).ok()?;
            (rs.supplements.as_deref() == Some(base)).then_some(rs)
        })
    }

    /// The local deadline that displaces `base`'s deadline `id` in this
    /// court on `rules_date`, with its rule set.
    pub(crate) fn displaced_by<'s>(
        &'s self,
        base: &'s str,
        id: &str,
        rules_date: NaiveDate,
    ) -> Option<(&'s Arc<RuleSet>, &'s Arc<DeadlineRule>)> {
        self.supplements_of(base).find_map(|rs| {
            rs.deadlines
                .values()
                .find(|d| d.local.displaces.iter().any(|x| **x == *id) && d.in_force(rules_date))
                .map(|d| (rs, d))
        })
    }
}

/// The default deadlines `rule` (of `rule_set`) replaces in courts that
/// also use the rule set it supplements.
pub(crate) fn displaced_rules(
    court: &Court,
    rule_set: &RuleSet,
    rule: &DeadlineRule,
) -> Vec<DisplacedRule> {
    let Some(base_id) = rule_set.supplements.as_deref() else {
        return Vec::new();
    };
    if rule.local.displaces.is_empty() {
        return Vec::new();
    }
    let Ok(base) = court.rule_set(base_id) else {
        return Vec::new();
    };
    rule.local
        .displaces
        .iter()
        .filter_map(|id| base.deadlines.get(&**id))
        .map(|d| DisplacedRule {
            deadline: format!("{base_id}.{}", d.id),
            name: d.versions.current.name.clone(),
            citation: d.versions.current.citation.clone(),
        })
        .collect()
}

/// Warnings about local rules for `rule` computed in `court`: a local rule
/// displaces it, or local rules commonly change it and none are bundled.
pub(crate) fn local_warnings(
    court: &Court,
    rule_set: &RuleSet,
    rule: &DeadlineRule,
    rules_date: NaiveDate,
    warnings: &mut Vec<Warning>,
) {
    if let Some((rs, local)) = court.displaced_by(&rule_set.id, &rule.id, rules_date) {
        let (v, _) = local.versions.at(rules_date);
        warnings.push(Warning {
            remedy: None,
            code: WarningCode::DisplacedByLocalRule,
            message: notices::displaced_by_local_rule(
                &court.def.id,
                &format!("{}.{}", rs.id, local.id),
                &v.name,
                &v.citation,
            ),
        });
    } else if rule.local.local_rules_vary && court.supplements_of(&rule_set.id).next().is_none() {
        warnings.push(Warning {
            remedy: None,
            code: WarningCode::LocalRulesNotBundled,
            message: notices::local_rules_not_bundled(&court.def.name),
        });
    }
}
