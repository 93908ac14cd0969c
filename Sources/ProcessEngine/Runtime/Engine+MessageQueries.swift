/// Read-only questions about messages that the shell's views ask (SPEC §12.4).
extension Engine {
  /// The message a logged `messageSent` or `mailingSent` event sent, whatever it was about: an
  /// order's is found among the order's messages; a customer's (a process over users) by its
  /// time among all messages, which are numbered in the order sent, then by the event itself.
  public func messageID(ofSending event: Event) -> MessageID? {
    if event.order != nil { return messageID(sentBy: event) }
    var low = 0
    var high = messages.count
    while low < high {
      let middle = (low + high) / 2
      if log[messages[middle].sent].time < event.time { low = middle + 1 } else { high = middle }
    }
    var index = low
    while index < messages.count, log[messages[index].sent].time == event.time {
      if log[messages[index].sent] == event { return MessageID(index: index) }
      index += 1
    }
    return nil
  }
}
