import Foundation

// The floor of figure 4: a Foundation command-line program built like prelim-coach
// (release, the same toolchain and linking), which only writes one line.
FileHandle.standardOutput.write(Data("Hello, world\n".utf8))
