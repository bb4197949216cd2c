import XCTest
@testable import ErlangRuntime

/// The process table's open-addressing slots against a Dictionary model.
final class ProcessTableTests: XCTestCase {
    func testRandomInsertsAndRemovesMatchADictionary() {
        let vm = ErlangVM(schedulers: 1)
        var table = SlotTable()
        var model: [Int: ErlProcess] = [:]
        var rng = SystemRandomNumberGenerator()
        var next = 0
        for step in 0..<200_000 {
            // Mostly sequential keys, like pid numbers; removals of random live keys.
            if model.isEmpty || Int.random(in: 0..<100, using: &rng) < 55 {
                let p = ErlProcess(pid: Pid(next), vm: vm)
                table.insert(next, p)
                model[next] = p
                next += Int.random(in: 1...3, using: &rng)
            } else if let k = model.keys.randomElement(using: &rng) {
                table.remove(k)
                model.removeValue(forKey: k)
            }
            if step % 997 == 0 {
                XCTAssertEqual(table.count, model.count)
                for (k, p) in model { XCTAssertTrue(table.get(k) === p, "key \(k) lost at step \(step)") }
                XCTAssertNil(table.get(next + 1))
            }
        }
        for (k, p) in model { XCTAssertTrue(table.get(k) === p) }
        XCTAssertEqual(Set(table.values.map { $0.pid.id }), Set(model.keys))
    }

    func testRemovingAnAbsentKeyChangesNothing() {
        let vm = ErlangVM(schedulers: 1)
        var table = SlotTable()
        let p = ErlProcess(pid: Pid(3), vm: vm)
        table.insert(3, p)
        table.remove(11)
        table.remove(4)
        XCTAssertEqual(table.count, 1)
        XCTAssertTrue(table.get(3) === p)
    }
}
