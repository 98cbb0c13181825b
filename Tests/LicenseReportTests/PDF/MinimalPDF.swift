/// A small, valid one-page PDF written by hand (classic cross-reference table, as Chromium's Skia writes
/// them), with an information dictionary that has Chromium's shape: Title, Creator, Producer and the two
/// dates in the form `D:YYYYMMDDHHmmSS+00'00'`.
enum MinimalPDF {
    /// The PDF; `width` × `height` in points (A4: 595.28 × 841.89, Letter: 612 × 792).
    static func bytes(width: String = "594.96", height: String = "841.92", text: String = "397.94 NOK",
                      date: String = "D:20261201204410+00'00'") -> [UInt8] {
        let content = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<</Title (Chromium title)\n/Creator (Mozilla/5.0 \\(X11\\))\n/Producer (Skia/PDF m156)\n/CreationDate (\(date))\n/ModDate (\(date))>>",
            "<</Type /Catalog /Pages 3 0 R>>",
            "<</Type /Pages /Kids [4 0 R] /Count 1>>",
            "<</Type /Page /Parent 3 0 R /MediaBox [0 0 \(width) \(height)] /Contents 5 0 R /Resources <</Font <</F1 6 0 R>>>>>>",
            "<</Length \(content.utf8.count)>>\nstream\n\(content)\nendstream",
            "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        pdf += "trailer\n<</Size \(objects.count + 1)\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(xref)\n%%EOF"
        return Array(pdf.utf8)
    }
}
