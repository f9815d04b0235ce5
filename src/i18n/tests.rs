use super::*;

#[test]
fn placeholder() {
    assert_eq!(Strings::default().tag(), "en");
}
