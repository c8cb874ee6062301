import Foundation

/// The machine a run happened on, for the report.
enum Machine {
    static func describe() -> String {
        let cpuinfo = (try? FileSystem.readText("/proc/cpuinfo")) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        let load = ((try? FileSystem.readText("/proc/loadavg")) ?? "").split(separator: " ").prefix(3).joined(
            separator: " ")
        return "Machine: \(model), \(cores) cores, \(ResultTable.fixed(memory, 0)) GiB RAM; load average \(load); "
            + "\(ProcessInfo.processInfo.operatingSystemVersionString)."
    }
}
