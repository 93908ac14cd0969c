import Wording

/// `process explore NAME`: the outcomes and anomalies of every path.
enum ExplorePhrase: PhraseBook {
  case summary, incomplete, cutOff, outcomesHeading, outcome, example, anomaliesHeading
  case noAnomalies, completedOrderChanged, paidOrderCancelled, paidOrderCancelledByCustomer
  case waitsForever, neverReachedHeading, everyBlockReached, neverReached
  case endedEnding, waitsForeverEnding, failedEnding, cutOffEnding, scriptsWritten

  var phrase: Phrase {
    switch self {
    case .summary:
      Phrase(
        en: "{process}: {states} states, {outcomes} outcomes, at most {steps} steps a path",
        ru: "{process}: состояний: {states}, исходов: {outcomes}, не больше {steps} шагов на путь")
    case .incomplete:
      Phrase(
        en: "stopped at {limit} states: the outcomes below are not all there are",
        ru: "остановлено на {limit} состояниях: ниже не все исходы")
    case .cutOff:
      Phrase(
        en: "{count} paths were cut at --max-steps {steps}: a larger --max-steps goes further",
        ru: "путей, оборванных на --max-steps {steps}: {count}; бо́льший --max-steps пойдёт дальше")
    case .outcomesHeading: Phrase(en: "outcomes:", ru: "исходы:")
    case .outcome:
      Phrase(
        en:
          "{ending}, order {status}, calls {calls}, messages {messages}, after {shortest} to {longest}",
        ru:
          "{ending}, заказ «{status}», звонков {calls}, сообщений {messages}, через {shortest} – {longest}"
      )
    case .example: Phrase(en: "for example: {path}", ru: "например: {path}")
    case .anomaliesHeading: Phrase(en: "anomalies:", ru: "аномалии:")
    case .noAnomalies: Phrase(en: "anomalies: none", ru: "аномалии: нет")
    case .completedOrderChanged:
      Phrase(
        en: "block {block} of {process} changes a completed order to {status}",
        ru: "блок {block} процесса {process} меняет завершённый заказ на «{status}»")
    case .paidOrderCancelled:
      Phrase(
        en: "block {block} of {process} cancels a paid order",
        ru: "блок {block} процесса {process} отменяет оплаченный заказ")
    case .paidOrderCancelledByCustomer:
      Phrase(en: "a paid order can be cancelled", ru: "оплаченный заказ можно отменить")
    case .waitsForever:
      Phrase(
        en: "{process} can wait forever at blocks {blocks}: nobody is asked and no timer is set",
        ru: "{process} может ждать вечно в блоках {blocks}: никого не спрашивают, таймеров нет")
    case .neverReachedHeading:
      Phrase(en: "blocks no path reaches:", ru: "блоки, до которых не доходит ни один путь:")
    case .everyBlockReached:
      Phrase(en: "every block is reached", ru: "все блоки достижимы")
    case .neverReached: Phrase(en: "{process}: {blocks}", ru: "{process}: {blocks}")
    case .endedEnding: Phrase(en: "ends {end} ({result})", ru: "завершение {end} ({result})")
    case .waitsForeverEnding:
      Phrase(en: "waits for the customer", ru: "ждёт клиента")
    case .failedEnding: Phrase(en: "stopped by the runtime guard", ru: "остановлена защитой")
    case .cutOffEnding: Phrase(en: "cut at --max-steps", ru: "оборвано на --max-steps")
    case .scriptsWritten:
      Phrase(
        en: "{count} scripts written to {folder}; run them with: procsh test {folder}",
        ru: "сценариев записано в {folder}: {count}; запуск: procsh test {folder}")
    }
  }
}
