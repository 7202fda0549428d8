package org.yagura.observables;

/** The kinds of observable Yagura knows; {@link #OTHER} carries a free type name on the value. */
public enum ObservableType {
    IPV4, IPV6, CIDR, DOMAIN, HOSTNAME, URL, EMAIL,
    MD5, SHA1, SHA256, SHA512, SSDEEP, TLSH,
    FILE_NAME, FILE_PATH, ASN, MAC_ADDRESS, CVE, REGISTRY_KEY, USER_AGENT,
    JA_FINGERPRINT, BITCOIN_ADDRESS, PHONE_NUMBER, OTHER;

    /** The suffix of this type's message keys, e.g. {@code observable.invalid.ipv4}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
