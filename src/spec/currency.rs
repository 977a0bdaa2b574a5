//! ISO 4217 currency codes (active codes, plus precious metals and funds that
//! statistics may use), so a typo such as `KTZ` is an error, not a silent label.

const CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV \
BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD \
EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK \
JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP \
MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD \
RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD \
TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XCD XCG XDR XOF XPD XPF XPT \
XSU XUA YER ZAR ZMW ZWG ZWL";

pub fn is_iso4217(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) && CODES.as_bytes().chunks(4).any(|c| c[..3] == *code.as_bytes())
}

#[cfg(test)]
mod tests {
    #[test]
    fn knows_the_currencies_of_the_region() {
        for c in ["KZT", "RUB", "USD", "EUR", "KGS", "UZS", "CNY"] {
            assert!(super::is_iso4217(c), "{c}");
        }
        for c in ["KTZ", "kzt", "US", "USDT", "", "XYZ"] {
            assert!(!super::is_iso4217(c), "{c}");
        }
    }

    #[test]
    fn the_list_is_codes_of_three_letters_one_space_apart() {
        // `is_iso4217` reads it in steps of four bytes.
        for (i, c) in super::CODES.split(' ').enumerate() {
            assert_eq!((c.len(), &super::CODES[i * 4..i * 4 + 3]), (3, c));
            assert!(super::is_iso4217(c), "{c}");
        }
        assert_eq!(super::CODES.len() % 4, 3);
    }
}
