import Foundation
@testable import prelim_coach
import Testing

/// Files are read whole up to a limit, sized by the file where it has a size, and a device
/// with no end is cut at the limit.
struct BoundedFileTests {
    @Test(arguments: [0, 1, 4_095, 65_536, 200_001])
    func aRegularFileIsReadWhole(size: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try BoundedFile.read(path, atMost: 1 << 20) == bytes)
        #expect(try BoundedFile.read(path, atMost: 100) == bytes.prefix(100))
    }

    @Test func aDeviceWithoutEndStopsAtTheLimit() throws {
        #expect(try BoundedFile.read("/dev/zero", atMost: 300_000) == Data(count: 300_000))
    }

    @Test func aMissingFileSaysWhy() {
        #expect(throws: BoundedFile.Failure.self) { try BoundedFile.read("/nonexistent/prelim-coach", atMost: 10) }
    }
}
