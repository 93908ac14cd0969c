import Wording

/// What `process show --format mermaid|dot|svg` says: the legend of a task's marks, what it
/// wrote, and why Graphviz drew nothing. Block types, titles and labels in a diagram come from
/// `BlockPhrase` and the definition, as in the table.
enum DiagramPhrase: PhraseBook {
  case legend, written, textFormat, mermaidFormat, dotFormat, svgFormat
  case sessionNotReplaced, recordingNotReplaced, userWorkNotReplaced
  case graphvizMissing, graphvizNotStarted, graphvizFailed, exitCode, signal

  var phrase: Phrase {
    switch self {
    case .legend:
      Phrase(
        en: "task {task}: a bold red border where it is now, blue where it has been",
        ru: "задача {task}: красная рамка — где она сейчас, голубой — где она уже была")
    case .written:
      Phrase(
        en: "{path}: {format} of {name} written, {size}",
        ru: "{path}: записано — {format} процесса {name}, {size}")
    case .textFormat: Phrase(en: "the text", ru: "текст")
    case .mermaidFormat: Phrase(en: "a Mermaid flowchart", ru: "схема Mermaid")
    case .dotFormat: Phrase(en: "a Graphviz DOT graph", ru: "граф Graphviz DOT")
    case .svgFormat: Phrase(en: "an SVG picture", ru: "картинка SVG")
    case .sessionNotReplaced:
      Phrase(
        en: "{path} is a procsh session; a diagram never replaces one: write it to another file",
        ru: "{path} — сессия procsh; схема никогда её не заменяет: запишите схему в другой файл")
    case .userWorkNotReplaced:
      Phrase(
        en:
          "{path} is a procsh script or definition; a diagram never replaces one: write it to another file",
        ru:
          "{path} — скрипт или описание для procsh; схема никогда их не заменяет: запишите схему в другой файл"
      )
    case .recordingNotReplaced:
      Phrase(
        en:
          "{path} is a script procsh recorded; a diagram never replaces one: write it to another file",
        ru:
          "{path} — скрипт, записанный procsh; схема никогда его не заменяет: запишите схему в другой файл"
      )
    case .graphvizMissing:
      Phrase(
        en: """
          cannot draw SVG: Graphviz's 'dot' is not installed (not found on PATH); install the \
          Debian package '{package}' (apt-get install {package}, or scripts/setup.sh), or write \
          the DOT with --format dot
          """,
        ru: """
          SVG не нарисовать: программа Graphviz 'dot' не установлена (её нет в PATH); \
          установите пакет Debian '{package}' (apt-get install {package} или scripts/setup.sh) \
          или выведите DOT: --format dot
          """)
    case .graphvizNotStarted:
      Phrase(
        en: "cannot run Graphviz ({path}): {reason}",
        ru: "Graphviz ({path}) не запускается: {reason}")
    case .graphvizFailed:
      Phrase(
        en: "Graphviz ({path}) drew nothing: {how}{message}",
        ru: "Graphviz ({path}) ничего не нарисовал: {how}{message}")
    case .exitCode: Phrase(en: "exit code {code}", ru: "код выхода {code}")
    case .signal: Phrase(en: "stopped by signal {signal}", ru: "остановлен сигналом {signal}")
    }
  }
}
