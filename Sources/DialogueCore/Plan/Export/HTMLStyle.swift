/// The plan's only style sheet, inline: readable on a phone, printable on A4 and Letter
/// (the page size is left to the printer; margins fit both).
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #1b1b1b;
          font: 16px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.1rem 3rem; }
        h1 { font-size: 1.55rem; line-height: 1.25; margin: .5rem 0 .75rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #d0d7de; }
        h3 { font-size: 1.02rem; margin: 1.2rem 0 .3rem; }
        p, ul { margin: .4rem 0; }
        ul { padding-left: 1.3rem; }
        .meta { color: #555; font-size: .92rem; }
        .note { border-left: 4px solid #b35c00; background: #fff6ea; padding: .5rem .8rem; margin: .8rem 0; }
        .redacted { border-left-color: #6e40c9; background: #f6f2ff; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ea; overflow-wrap: anywhere; }
        th { width: 45%; font-weight: 600; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f5f7; border-radius: 4px; padding: .7rem .8rem;
          font: .88rem/1.45 ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; }
        code { font: .9em ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; overflow-wrap: anywhere; }
        .reasons { color: #444; font-size: .9rem; }
        .reasons p { margin-bottom: 0; }
        .chart td { border: none; padding: .15rem .4rem; }
        .chart .bar { width: 50%; }
        .chart .bar span { display: block; height: .85rem; background: #2f6fd6; border-radius: 2px; }
        .chart .source { color: #555; font-size: .85rem; }
        .item { margin-bottom: 1rem; }
        .notes { min-height: 14rem; border: 1px dashed #9aa3ad; border-radius: 4px; }
        @media (max-width: 30rem) {
          body { font-size: 15px; }
          th { width: 40%; }
          .chart .source { display: none; }
        }
        @media print {
          @page { margin: 16mm 14mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          .item, tr, pre { break-inside: avoid; }
          pre { background: none; border: 1px solid #ccc; }
          .note { background: none; }
          .chart .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .notes { min-height: 60mm; }
        }
        """
}
