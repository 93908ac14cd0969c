// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "procsh",
  products: [
    .executable(name: "procsh", targets: ["procsh"]),
    .library(name: "ProcessEngine", targets: ["ProcessEngine"]),
    .library(name: "ProcessShell", targets: ["ProcessShell"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // Only the live page (`view`) serves HTTP; ProcessShell never imports it.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
  ],
  targets: [
    // JSON text: a reader, a writer and a value tree; the engine's file formats and the shell's
    // `--json` output are built on it.
    .target(name: "JSON", dependencies: ["Wording"]),
    // Procsh's words for a person: the two languages, a message in both, and the rules that fill
    // it (placeholders, Russian plurals). The engine's and the shell's catalogues are built on it.
    .target(name: "Wording"),
    // The deterministic engine: standard library only (and a C prefetch hint), no I/O, no
    // Foundation.
    .target(name: "ProcessEngine", dependencies: ["JSON", "Wording", "CMemoryHints"]),
    // One C builtin the engine uses and Swift cannot spell: a prefetch of a cache line.
    .systemLibrary(name: "CMemoryHints"),
    // libedit through a shim header, and two more C calls Swift cannot make directly: the
    // terminal's size (ioctl is variadic) and the heap's top (mallinfo2 returns a struct of
    // <malloc.h>). IO/EditLineReader.swift, IO/TerminalWidth.swift and
    // Application/HeapPrefaulter.swift import it.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The SIGBUS handler that lets a mapped session file shrink under its reader without ending
    // procsh (IO/MappedFile.swift): C, since Swift code cannot handle a signal and go on.
    .target(name: "CMappingGuard"),
    // Parses and runs commands on the engine, renders events and state, reads and writes files.
    .target(
      name: "ProcessShell",
      dependencies: ["ProcessEngine", "JSON", "Wording", "CEditLine", "CMappingGuard"]),
    // The live page's HTTP server (`view`): SwiftNIO on 127.0.0.1, fed the pictures the shell
    // renders. Apart from ProcessShell so that the shell, its tests and the fuzz targets build
    // without NIO; the executable hands the shell a way to start it.
    .target(
      name: "LiveView",
      dependencies: [
        "ProcessShell",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
      ]
    ),
    // The thin executable: arguments, a line reader, an exit code.
    .executableTarget(
      name: "procsh",
      dependencies: [
        "ProcessShell",
        "LiveView",
        "Wording",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "JSONTests", dependencies: ["JSON", "Wording"]),
    .testTarget(name: "WordingTests", dependencies: ["Wording"]),
    .testTarget(name: "ProcessEngineTests", dependencies: ["ProcessEngine", "JSON", "Wording"]),
    .testTarget(
      name: "ProcessShellTests",
      dependencies: ["ProcessShell", "ProcessEngine", "JSON", "Wording"],
      exclude: ["Session/Golden"]
    ),
    .testTarget(
      name: "LiveViewTests",
      dependencies: [
        "LiveView", "ProcessShell",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
