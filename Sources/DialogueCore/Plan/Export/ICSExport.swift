import FoundationEssentials

/// A plan's dated milestones as an RFC 5545 calendar: one all-day event each, with UIDs that
/// stay the same each time the same session is exported, so that a re-import updates events
/// instead of doubling them.
public enum ICSExport {
    public static func render(_ plan: Plan) -> String {
        let stamp = timestamp(plan)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//PrelimCoach//Plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSText.escape(PlanWording.title(plan)),
        ]
        var seen: [NodeID: Int] = [:]
        for item in plan.milestones {
            guard let day = item.date else { continue }
            let occurrence = seen[item.node, default: 0]
            seen[item.node] = occurrence + 1
            lines += event(item, day: day, uid: uid(plan, item.node, occurrence), stamp: stamp, plan: plan)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSText.fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(_ item: PlanItem, day: CalendarDate, uid: String, stamp: String, plan: Plan) -> [String] {
        let next = CalendarDate(dayNumber: day.dayNumber + 1) ?? day
        return [
            "BEGIN:VEVENT",
            "UID:" + ICSText.escape(uid),
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + UTCTimestamp.basic(day),
            "DTEND;VALUE=DATE:" + UTCTimestamp.basic(next),
            "SUMMARY:" + ICSText.escape(item.title ?? PlanWording.firstLine(item.text)),
            "DESCRIPTION:" + ICSText.escape(description(item, plan)),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    private static func description(_ item: PlanItem, _ plan: Plan) -> String {
        var parts = [item.text.trimmingWhitespaceAndNewlines()]
        if !item.reasons.isEmpty {
            parts.append(PlanWording.because + "\n" + item.reasons.map { "- \($0.label): \($0.value)" }.joined(separator: "\n"))
        }
        parts.append("From \(PlanWording.title(plan)), session \(plan.sessionID).")
        return parts.joined(separator: "\n\n")
    }

    /// `<session>-<node>@prelim-coach`, with a count when a node gave two milestones.
    private static func uid(_ plan: Plan, _ node: NodeID, _ occurrence: Int) -> String {
        "\(plan.sessionID)-\(node)\(occurrence == 0 ? "" : "-\(occurrence + 1)")@prelim-coach"
    }

    /// When the plan's session was last written, in UTC: the same export gives the same bytes.
    private static func timestamp(_ plan: Plan) -> String {
        UTCTimestamp.iCalendar(plan.lastActivity) ?? UTCTimestamp.basic(plan.day) + "T000000Z"
    }
}
