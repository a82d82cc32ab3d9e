//! Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a mod-11 check
//! digit over the first eight with the weights 3 2 7 6 5 4 3 2.

const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];

/// True when `orgnr` is nine ASCII digits with a correct check digit.
pub fn is_valid(orgnr: &str) -> bool {
    let bytes = orgnr.as_bytes();
    if bytes.len() != 9 || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = WEIGHTS
        .iter()
        .zip(bytes)
        .map(|(w, b)| w * u32::from(b - b'0'))
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    u32::from(bytes[8] - b'0') == check
}

/// The organisation number written with spaces as Brønnøysundregistrene do: "974 760 673".
pub fn grouped(orgnr: &str) -> String {
    if orgnr.len() != 9 || !orgnr.is_ascii() {
        return orgnr.to_string();
    }
    format!("{} {} {}", &orgnr[..3], &orgnr[3..6], &orgnr[6..])
}

/// The public page for the organisation in Brønnøysundregistrene's register.
pub fn register_url(orgnr: &str) -> String {
    format!("https://virksomhet.brreg.no/nb/oppslag/enheter/{orgnr}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_numbers_and_rejects_wrong_check_digits() {
        // Brønnøysundregistrene, Oslo kommune, a school and a training office from the data.
        for valid in ["974760673", "958935420", "975283046", "938371547"] {
            assert!(is_valid(valid), "{valid}");
        }
        for invalid in [
            "974760674",
            "97476067",
            "9747606731",
            "97476067a",
            "",
            "123456789",
        ] {
            assert!(!is_valid(invalid), "{invalid}");
        }
    }

    #[test]
    fn a_remainder_of_one_has_no_valid_check_digit() {
        // 00000001x: sum 2*... find a prefix whose weighted sum leaves remainder 1.
        // 10000000: 3*1 = 3 -> 11-3 = 8, valid check 8; 40000000: 12 % 11 = 1 -> 10: never valid.
        for last in 0..=9 {
            assert!(!is_valid(&format!("40000000{last}")));
        }
        assert!(is_valid("100000008"));
    }

    #[test]
    fn groups_digits_for_reading() {
        assert_eq!(grouped("974760673"), "974 760 673");
        assert_eq!(grouped("12"), "12");
    }
}
