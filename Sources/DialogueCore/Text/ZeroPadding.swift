extension Int {
    /// The number in decimal with leading zeros up to `width` digits, as `%0*d` writes it.
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count - (self < 0 ? 1 : 0)))
        return (self < 0 ? "-" : "") + padding + digits
    }
}
