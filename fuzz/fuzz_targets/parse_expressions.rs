//! Arbitrary text as a date expression, a year cycle, a period and a time
//! of day, each placed into an otherwise valid rule file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    court_deadlines::fuzzing::parse_expressions(data);
});
