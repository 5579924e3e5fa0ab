//! Arbitrary bytes as a rule file: loading answers with a book or a located
//! error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    court_deadlines::fuzzing::load_rule_file(data);
});
