extension ReportPage {
  /// The page's style sheet, inline so the page needs nothing else. Sized for a projector at
  /// 1280×720: body text 16 px, the diagrams and timelines scaled to the window's width.
  public static let styleSheet = """
    body { font: 16px/1.4 sans-serif; color: #1f2328; margin: 0 auto; max-width: 1240px;
      padding: 0 16px 32px; }
    header { border-bottom: 1px solid #d0d7de; padding: 6px 0; }
    h1 { font-size: 22px; margin: 4px 0; }
    h2 { font-size: 20px; margin: 20px 0 8px; border-bottom: 2px solid #d0d7de; }
    h3 { font-size: 18px; margin: 16px 0 2px; }
    h4 { font-size: 16px; margin: 12px 0 4px; }
    header p { margin: 2px 0; }
    nav a { margin-right: 10px; }
    pre { font: 13px/1.35 monospace; background: #f6f8fa; padding: 8px; overflow-x: auto;
      white-space: pre; }
    .diagram { margin: 8px 0; overflow-x: auto; }
    .diagram svg { max-width: 100%; height: auto; }
    .legend .key { display: inline-block; width: 14px; height: 14px; margin-right: 4px;
      vertical-align: middle; }
    .key.current { background: #ffe08a; border: 3px solid #d62728; }
    .key.visited { background: #dbeafe; border: 1px solid #1d4ed8; margin-right: 8px; }
    article.order { border-top: 1px solid #d0d7de; }
    .customer { margin: 0; }
    .note { margin: 0; color: #57606a; font-size: 14px; }
    svg.timeline { width: 100%; height: auto; display: block; }
    .timeline .lane { fill: none; stroke: #eaeef2; }
    .timeline .lanelabel { font: 13px sans-serif; fill: #1f2328; }
    .timeline .tick { font: 12px sans-serif; fill: #57606a; }
    .timeline .tick.end { text-anchor: end; }
    .timeline .tick.mid { text-anchor: middle; }
    .timeline .grid { stroke: #d0d7de; stroke-width: 1; }
    .timeline .axis { stroke: #57606a; }
    .timeline .now { stroke: #d62728; stroke-dasharray: 4 3; }
    .timeline .mark { stroke: #fff; stroke-width: 1; fill: #8c959f; }
    .timeline .mark.status { fill: #bf8700; }
    .timeline .mark.ask { fill: #d62728; }
    .timeline .mark.answer { fill: #1a7f37; }
    .timeline .mark.pay { fill: #0969da; }
    .timeline .mark.message { fill: #8250df; }
    .timeline .mark.end { fill: #1f2328; }
    .timeline .token { fill: #ffe08a; stroke: #d62728; stroke-width: 3; }
    .timeline .where { font: 13px sans-serif; fill: #d62728; }
    .timeline .where.ended { fill: #57606a; }
    .timeline .span { stroke: #fff; }
    .timeline .spanlabel { font: 12px sans-serif; fill: #1f2328; }
    .st-new { fill: #dbeafe; background: #dbeafe; }
    .st-in-work, .st-not-confirmed, .st-awaiting-payment, .st-postponed, .st-partially-paid,
    .st-pending-refund { fill: #ffe08a; background: #ffe08a; }
    .st-completed { fill: #aceebb; background: #aceebb; }
    .st-cancelled { fill: #ffcecb; background: #ffcecb; }
    .st-false { fill: #d0d7de; background: #d0d7de; }
    table.history { border-collapse: collapse; font-size: 14px; }
    table.history th, table.history td { border: 1px solid #d0d7de; padding: 2px 8px;
      text-align: left; vertical-align: top; }
    footer { margin-top: 24px; color: #57606a; font-size: 14px; }

    """
}
