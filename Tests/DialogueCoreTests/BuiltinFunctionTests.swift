import DialogueCore
import Testing

/// Dates and words in the condition language: `today()` is the session's day, never a clock.
struct BuiltinFunctionTests {
    struct Values: ValueSource {
        var values: [String: Value] = [:]
        var today: CalendarDate?
        func value(of variable: String) -> Value? { values[variable] }
    }

    static let variables = Fixture.baseVariables + [
        VariableDecl(name: "projects", label: "Projects", kind: .text(maxLength: 300), isOptional: true),
        VariableDecl(name: "deadline", label: "Deadline", kind: .date),
    ]

    func value(_ text: String, _ type: ValueType, today: CalendarDate? = CalendarDate(year: 2026, month: 8, day: 10),
               _ values: [String: Value] = [:]) -> Value? {
        Evaluator.value(of: Fixture.expression(text, type, in: Self.variables), in: Values(values: values, today: today))
    }

    @Test func weeksAndDaysUntilTheEndOfAMonthCountFromTheSessionsDay() {
        let start: [String: Value] = ["prelim_start": .yearMonth(YearMonth(year: 2026, month: 7))]
        #expect(value("end_of(prelim_start + 1)", .date, start) == .date(CalendarDate(year: 2026, month: 8, day: 31)))
        #expect(value("days_until(end_of(prelim_start + 1))", .integer, start) == .integer(21))
        #expect(value("weeks_until(end_of(prelim_start + 1))", .integer, start) == .integer(3))
        let late = CalendarDate(year: 2026, month: 9, day: 1)
        #expect(value("weeks_until(end_of(prelim_start + 1))", .integer, today: late, start) == .integer(-1))
        #expect(value("days_until(end_of(prelim_start + 1))", .integer, today: nil, start) == nil)
    }

    @Test func datesCompareAddAndComeFromNumbers() {
        #expect(value("date(2025, 9, 3)", .date) == .date(CalendarDate(year: 2025, month: 9, day: 3)))
        #expect(value("date(2025, 2, 30)", .date) == nil)
        #expect(value("today() > '2026-08-09'", .bool) == .bool(true))
        #expect(value("today() + 30", .date) == .date(CalendarDate(year: 2026, month: 9, day: 9)))
        #expect(value("date(2028, 3, 1) - date(2028, 2, 1)", .integer) == .integer(29))
        #expect(value("year(today()) + 1", .integer) == .integer(2027))
        // Match Week is the third week of March: its Monday is the first on or after the 15th.
        #expect(value("weekday_on_or_after(date(2026, 3, 15), 1)", .date) == .date(CalendarDate(year: 2026, month: 3, day: 16)))
        #expect(value("weekday_on_or_after(date(2027, 3, 15), 1)", .date) == .date(CalendarDate(year: 2027, month: 3, day: 15)))
        #expect(value("weekday_on_or_after(date(2026, 11, 25), 3)", .date) == .date(CalendarDate(year: 2026, month: 11, day: 25)))
        #expect(value("month_of(today())", .yearMonth) == .yearMonth(YearMonth(year: 2026, month: 8)))
    }

    @Test func mentionsMatchesWholeWordsAndPhrasesIgnoringCase() {
        let text: (String) -> [String: Value] = { ["projects": .text($0)] }
        #expect(value("mentions(projects, 'give up', 'hopeless')", .bool, text("Honestly I want to GIVE\nUP.")) == .bool(true))
        #expect(value("mentions(projects, 'hopeless')", .bool, text("a hopelessly long list")) == .bool(false))
        #expect(value("mentions(projects, 'hopeless')", .bool, [:]) == nil)
        let both: [String: Value] = ["hospital": .text("St. Hope, where I feel hopeless")]
        #expect(value("mentions(projects, hospital, 'hopeless')", .bool, both) == .bool(true))
    }

    @Test func dayNumbersRoundTripAcrossLeapYearsAndCenturies() {
        for day in [CalendarDate(year: 1, month: 1, day: 1), CalendarDate(year: 2000, month: 2, day: 29),
                    CalendarDate(year: 2100, month: 3, day: 1), CalendarDate(year: 9999, month: 12, day: 31)] {
            #expect(CalendarDate(dayNumber: day.dayNumber) == day)
        }
        #expect(CalendarDate(year: 2026, month: 1, day: 1).dayNumber - CalendarDate(year: 2025, month: 1, day: 1).dayNumber == 365)
    }

    @Test(arguments: [
        ("weeks_until(prelim_start)", "'weeks_until' expects date here, found year-month"),
        ("mentions(projects)", "'mentions' takes texts to search and quoted words to find, as in mentions(projects, 'give up')"),
        ("mentions(step2_ck, 'x')", "expected text here, found integer"),
        ("end_of()", "'end_of' takes 1 argument, as in end_of(month)"),
        ("todya()", "'todya' is not a function (count, answered, mentions, today, end_of, days_until, weeks_until, year, month_of, date, weekday_on_or_after); did you mean 'today'?"),
    ])
    func aWrongCallSaysHowToWriteIt(_ text: String, _ message: String) throws {
        let syntax = try ExpressionParser.parse(text).get()
        let result = ExpressionChecker.check(syntax, expecting: nil, variables: Self.variables)
        guard case .failure(let errors) = result else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(errors.errors.map(\.message) == [message])
    }
}
