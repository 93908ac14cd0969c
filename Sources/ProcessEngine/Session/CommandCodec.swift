import JSON

/// How a session's history writes each engine command: a JSON object whose `command` member names
/// the case and whose other members carry its values (docs/session-format.md, generated from
/// `Name.members`).
///
///     {"amount":250000,"command":"pay","order":3}
///
/// Both directions are exhaustive `switch`es, so a new `Command` case fails to compile until it is
/// written (`json(_:)`, `Name.init(_:)`) and read (`CommandCodec+Reading.swift`). Every value is
/// written out, defaults included: a default that changes in a later procsh must not change what
/// an old step replays.
enum CommandCodec {
  /// The name a command is written under, one per `Command` case. Frozen like the stored codes:
  /// a file written by any version-1 procsh names its commands this way.
  enum Name: String, CaseIterable, Sendable {
    case setClock = "set-clock"
    case advance
    case advanceTo = "advance-to"
    case advanceToNext = "advance-to-next"
    case createOrder = "create-order"
    case pay
    case cancel
    case setUserField = "set-user-field"
    case setOrderStatus = "set-order-status"
    case answer
    case addManager = "add-manager"
    case actAs = "act-as"
    case takeTask = "take-task"
    case transferTasks = "transfer-tasks"
    case loadProcess = "load-process"
    case startProcess = "start-process"
    case stopProcess = "stop-process"
    case restartProcess = "restart-process"
    case runProcess = "run-process"
    case runProcessOnUser = "run-process-on-user"
    case simulate
    case setOrderDate = "set-order-date"
    case loadMailing = "load-mailing"
    case startMailing = "start-mailing"
    case stopMailing = "stop-mailing"
    case openMessage = "open-message"

    init(_ command: Command) {
      switch command {
      case .setClock: self = .setClock
      case .advance: self = .advance
      case .advanceTo: self = .advanceTo
      case .advanceToNext: self = .advanceToNext
      case .createOrder: self = .createOrder
      case .pay: self = .pay
      case .cancel: self = .cancel
      case .setUserField: self = .setUserField
      case .setOrderStatus: self = .setOrderStatus
      case .answer: self = .answer
      case .addManager: self = .addManager
      case .actAs: self = .actAs
      case .takeTask: self = .takeTask
      case .transferTasks: self = .transferTasks
      case .loadProcess: self = .loadProcess
      case .startProcess: self = .startProcess
      case .stopProcess: self = .stopProcess
      case .restartProcess: self = .restartProcess
      case .runProcess: self = .runProcess
      case .runProcessOnUser: self = .runProcessOnUser
      case .simulate: self = .simulate
      case .setOrderDate: self = .setOrderDate
      case .loadMailing: self = .loadMailing
      case .startMailing: self = .startMailing
      case .stopMailing: self = .stopMailing
      case .openMessage: self = .openMessage
      }
    }

    /// The shell line it usually comes from, for the docs.
    var typed: String {
      switch self {
      case .setClock: "clock set 2026-02-02 09:00"
      case .advance: "advance 1d"
      case .advanceTo: "advance to 2026-01-07 09:01"
      case .advanceToNext: "advance next"
      case .createOrder: "order new --name Anna --no-phone"
      case .pay: "pay order 3 2500"
      case .cancel: "cancel order 3 --reason \"too expensive\""
      case .setUserField: "set user 2 phone +79001234567"
      case .setOrderStatus: "set order 3 status cancelled --reason duplicate"
      case .answer: "answer task 5 will-pay +2d"
      case .addManager: "manager add anna"
      case .actAs: "as anna"
      case .takeTask: "take task 3"
      case .transferTasks: "transfer tasks from anna to bob"
      case .loadProcess: "process load my-process.json"
      case .startProcess: "process start NAME"
      case .stopProcess: "process stop NAME"
      case .restartProcess: "process restart NAME"
      case .runProcess: "process run NAME order 4"
      case .runProcessOnUser: "process run NAME user 2"
      case .simulate: "simulate 2000 orders --seed 7"
      case .setOrderDate: "set order 3 payment-date 2026-01-10 14:00"
      case .loadMailing: "mailing load unpaid-1h.json"
      case .startMailing: "mailing start NAME"
      case .stopMailing: "mailing stop NAME"
      case .openMessage: "open message 3"
      }
    }

    /// The members besides `command`, as the reader takes them.
    var members: [Member] {
      switch self {
      case .setClock, .advanceTo: [Member("to", "the time: a date-time or `+SPAN`")]
      case .advance: [Member("by", "a span")]
      case .advanceToNext: []
      case .createOrder:
        [
          Member(
            "order",
            "`{\"amount\": CENTS, \"email\": …, \"name\": …, \"phone\": …, \"product\": …, \"user\": ID}`, each member only when given; `\"phone\": null` is a customer without a phone"
          )
        ]
      case .pay:
        [Member("order", "an order id"), Member("amount", "cents", optional: "the whole rest")]
      case .cancel:
        [Member("order", "an order id"), Member("reason", "text", optional: "no reason")]
      case .setUserField:
        [
          Member("user", "a user id"), Member("field", "`name`, `email` or `phone`"),
          Member("value", "text", optional: "cleared"),
        ]
      case .setOrderStatus:
        [
          Member("order", "an order id"), Member("status", "a status slug"),
          Member("reason", "text, with `cancelled`", optional: "no reason"),
        ]
      case .answer:
        [
          Member("task", "the task whose step is answered", optional: "`order` is given"),
          Member("order", "the order whose one open step is answered", optional: "`task` is given"),
          Member("option", "the option's key"),
          Member(
            "argument", "`{\"text\": …}` as typed, or `{\"date\": DATE-TIME}`", optional: "none"),
          Member("by", "the answering manager's id", optional: "the acting user"),
        ]
      case .addManager, .actAs: [Member("name", "a manager's name")]
      case .startProcess, .stopProcess, .restartProcess: [Member("name", "a process's name")]
      case .takeTask: [Member("task", "a task id")]
      case .transferTasks:
        [Member("from", "a manager's name"), Member("to", "a manager's name", optional: "nobody")]
      case .loadProcess:
        [
          Member(
            "definition",
            "the `procsh-process` document, read with the processes loaded before it")
        ]
      case .runProcess: [Member("name", "a process's name"), Member("order", "an order id")]
      case .runProcessOnUser: [Member("name", "a process's name"), Member("user", "a user id")]
      case .simulate:
        [
          Member(
            "parameters",
            "`{\"horizon\": SPAN, \"logs-steps\": BOOL, \"orders\": N, \"seed\": N, \"window\": SPAN}`"
          ),
          Member("profile", "the `procsh-profile` document, every value written out"),
        ]
      case .setOrderDate:
        [
          Member("order", "an order id"), Member("field", "`payment-date` or `next-contact-date`"),
          Member("value", "a date-time", optional: "cleared"),
        ]
      case .loadMailing:
        [Member("definition", "the `procsh-mailing` document (docs/mailing-format.md)")]
      case .startMailing, .stopMailing: [Member("name", "a mailing's name")]
      case .openMessage: [Member("message", "a message id")]
      }
    }
  }

  /// A member of a written command.
  struct Member: Sendable {
    let key: String
    let meaning: String
    /// What it means when left out; nil when it is required.
    let whenMissing: String?

    init(_ key: String, _ meaning: String, optional whenMissing: String? = nil) {
      self.key = key
      self.meaning = meaning
      self.whenMissing = whenMissing
    }
  }

  /// The members of `create-order`'s `order`.
  static let newOrderKeys = ["amount", "email", "name", "phone", "product", "user"]
  /// The members of `simulate`'s `parameters`.
  static let parameterKeys = ["horizon", "logs-steps", "orders", "seed", "window"]

  // MARK: - Writing

  /// The command as its history object.
  static func json(_ command: Command) -> JSONValue {
    var object = JSONObject()
    object["command"] = .string(Name(command).rawValue)
    switch command {
    case .setClock(let expression), .advanceTo(let expression):
      object["to"] = json(expression)
    case .advance(let span):
      object["by"] = json(span)
    case .advanceToNext:
      break
    case .createOrder(let order):
      var fields = JSONObject()
      fields["user"] = order.user.map { .integer(Int64($0.rawValue)) }
      fields["name"] = order.name.map(JSONValue.string)
      fields["email"] = order.email.map(JSONValue.string)
      if let phone = order.phone { fields["phone"] = phone.map(JSONValue.string) ?? .null }
      fields["product"] = order.product.map(JSONValue.string)
      fields["amount"] = order.amount.map { .integer($0.cents) }
      object["order"] = .object(fields)
    case .pay(let order, let amount):
      object["order"] = json(order)
      object["amount"] = amount.map { .integer($0.cents) }
    case .cancel(let order, let reason):
      object["order"] = json(order)
      object["reason"] = reason.map(JSONValue.string)
    case .setUserField(let user, let field, let value):
      object["user"] = json(user)
      object["field"] = .string(field.rawValue)
      object["value"] = value.map(JSONValue.string)
    case .setOrderStatus(let order, let status, let reason):
      object["order"] = json(order)
      object["status"] = .string(status.slug)
      object["reason"] = reason.map(JSONValue.string)
    case .answer(let target, let option, let argument, let manager):
      switch target {
      case .task(let task): object["task"] = json(task)
      case .order(let order): object["order"] = json(order)
      }
      object["option"] = .string(option)
      switch argument {
      case nil: break
      case .text(let text): object["argument"] = ["text": .string(text)]
      case .date(let date): object["argument"] = ["date": json(date)]
      }
      object["by"] = manager.map(json)
    case .addManager(let name), .actAs(let name), .startProcess(let name),
      .stopProcess(let name), .restartProcess(let name):
      object["name"] = .string(name)
    case .takeTask(let task):
      object["task"] = json(task)
    case .transferTasks(let from, let to):
      object["from"] = .string(from)
      object["to"] = to.map(JSONValue.string)
    case .loadProcess(let definition):
      object["definition"] = definition.json
    case .runProcess(let name, let order):
      object["name"] = .string(name)
      object["order"] = json(order)
    case .runProcessOnUser(let name, let user):
      object["name"] = .string(name)
      object["user"] = json(user)
    case .simulate(let parameters, let profile):
      object["parameters"] = [
        "orders": .integer(Int64(parameters.orders)), "window": json(parameters.window),
        "seed": json(parameters.seed), "horizon": json(parameters.horizon),
        "logs-steps": .bool(parameters.logsSteps),
      ]
      object["profile"] = profile.json
    case .setOrderDate(let order, let field, let value):
      object["order"] = json(order)
      object["field"] = .string(field.rawValue)
      object["value"] = value.map(json)
    case .loadMailing(let definition):
      object["definition"] = definition.json
    case .startMailing(let name), .stopMailing(let name):
      object["name"] = .string(name)
    case .openMessage(let message):
      object["message"] = json(message)
    }
    return .object(object)
  }

  static func json<ID: EntityID>(_ id: ID) -> JSONValue { .integer(Int64(id.rawValue)) }

  /// `1d2h30m`, the canonical form (`-5s` for the negative spans no command is given).
  static func json(_ span: TimeSpan) -> JSONValue { .string(span.description) }

  /// `2026-01-07T09:01:00`, or, outside the years 0001–9999 that have no such text, whole seconds
  /// since 1970.
  static func json(_ instant: Instant) -> JSONValue {
    SessionReader.anyTime.contains(instant.secondsSinceEpoch)
      ? .string(instant.isoDescription) : .integer(instant.secondsSinceEpoch)
  }

  /// An absolute time as `json(_: Instant)`; a relative one as typed, `+2d`: it is resolved against
  /// the clock of the replay, which is what the step did.
  static func json(_ expression: DateTimeExpression) -> JSONValue {
    switch expression {
    case .absolute(let instant): json(instant)
    case .relative(let span): .string("+" + span.description)
    }
  }

  /// A seed above `Int64.max` has no JSON integer this reader keeps exact: it is written as text.
  static func json(_ seed: UInt64) -> JSONValue {
    seed <= UInt64(Int64.max) ? .integer(Int64(seed)) : .string(String(seed))
  }
}
