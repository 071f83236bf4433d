# Reference values from R (base + stats) for the analytics tests.
# Run from the repository root after make-reference.py (it reads manova-input.csv):
#   Rscript packages/analytics/scripts/reference/make-reference.R
# Base R has no JSON support, so a small writer is below.

out <- file.path("packages", "analytics", "test", "reference")
rversion <- paste0("R ", R.version$major, ".", R.version$minor)

to_json <- function(x, indent = "") {
  inner <- paste0(indent, " ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    keys <- names(x)
    parts <- vapply(seq_along(x), function(i) {
      value <- to_json(x[[i]], inner)
      if (is.null(keys) || keys[i] == "") paste0(inner, value)
      else paste0(inner, "\"", keys[i], "\": ", value)
    }, "")
    open <- if (is.null(keys)) "[" else "{"
    close <- if (is.null(keys)) "]" else "}"
    return(paste0(open, "\n", paste(parts, collapse = ",\n"), "\n", indent, close))
  }
  if (is.matrix(x)) {
    return(to_json(lapply(seq_len(nrow(x)), function(i) as.vector(x[i, ])), indent))
  }
  scalar <- function(v) {
    if (is.character(v)) return(paste0("\"", gsub("\"", "\\\\\"", v), "\""))
    if (is.logical(v)) return(if (v) "true" else "false")
    if (is.na(v)) return("null")
    if (is.infinite(v)) return(if (v > 0) "1e999" else "-1e999")
    sprintf("%.17g", v)
  }
  if (length(x) == 1 && is.null(attr(x, "array"))) return(scalar(x))
  paste0("[", paste(vapply(x, scalar, ""), collapse = ", "), "]")
}
write_json <- function(name, value) writeLines(to_json(value), file.path(out, name))
vec <- function(x) { x <- as.vector(x); attr(x, "array") <- TRUE; x }

# --- Benjamini-Hochberg -------------------------------------------------------------------
p1 <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.2, 0.04, 0.9, 0.0001, 0.049)
p2 <- c(0.8, 0.3, 0.3, 0.3, 0.02, 1, 0)
write_json("benjamini-hochberg.json", list(
  source = paste(rversion, "p.adjust(p, method = \"BH\")"),
  cases = list(
    list(p = vec(p1), q = vec(p.adjust(p1, method = "BH"))),
    list(p = vec(p2), q = vec(p.adjust(p2, method = "BH"))),
    list(p = vec(0.03), q = vec(p.adjust(0.03, method = "BH")))
  )
))

# --- Mann-Whitney (cross-check of SciPy's numbers) ------------------------------------------
x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.07, 3.14, 1.28)
exact <- wilcox.test(x, y)
x2 <- c(1, 2, 2, 3); y2 <- c(2, 3, 3, 4, 5)
approx <- suppressWarnings(wilcox.test(x2, y2, correct = TRUE))
write_json("wilcox.json", list(
  source = paste(rversion, "wilcox.test(x, y) (exact when n < 50 and no ties; else normal with correct = TRUE)"),
  cases = list(
    list(x = vec(x), y = vec(y), statistic = unname(exact$statistic), p = exact$p.value, method = "exact"),
    list(x = vec(x2), y = vec(y2), statistic = unname(approx$statistic), p = approx$p.value, method = "asymptotic")
  )
))

# --- chi-square and Fisher ------------------------------------------------------------------
chi_case <- function(name, table, correct = FALSE) {
  res <- suppressWarnings(chisq.test(table, correct = correct))
  list(name = name, table = table, correct = correct, statistic = unname(res$statistic),
       df = unname(res$parameter), p = res$p.value, expected = unname(res$expected),
       stdres = unname(res$stdres),
       cramersV = sqrt(unname(res$statistic) / (sum(table) * (min(dim(table)) - 1))))
}
t1 <- matrix(c(30, 12, 18, 25, 20, 9, 14, 22, 31), nrow = 3, byrow = TRUE)
t2 <- matrix(c(45, 30, 25, 40), nrow = 2, byrow = TRUE)
t3 <- matrix(c(12, 5, 7, 7, 3, 9, 14, 6, 10, 8, 11, 2, 5, 4, 9, 13), nrow = 4, byrow = TRUE)
t4 <- matrix(c(3, 0, 1, 0, 1, 4, 0, 2, 0, 1, 3, 1), nrow = 3, byrow = TRUE)
write_json("chi-square.json", list(
  source = paste(rversion, "chisq.test(table, correct = ...): statistic, parameter, p.value, expected, stdres; Cramer's V = sqrt(X2 / (n (min(r, c) - 1)))"),
  cases = list(chi_case("3x3", t1), chi_case("2x2 without Yates", t2), chi_case("2x2 with Yates", t2, TRUE),
               chi_case("4x4", t3), chi_case("sparse 3x4", t4))
))

fisher_case <- function(name, table) {
  res <- fisher.test(table)
  # R's estimate comes from uniroot with tol ~1e-4; refine it the same way at tol 1e-13.
  m <- sum(table[, 1]); n <- sum(table[, 2]); k <- sum(table[1, ]); x <- table[1, 1]
  lo <- max(0, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  mn <- function(ncp) { if (ncp == 0) return(lo); d <- logdc + log(ncp) * support; d <- exp(d - max(d)); sum(support * d / sum(d)) }
  precise <- if (x == lo) 0 else if (x == hi) Inf else {
    mu <- mn(1)
    if (mu > x) uniroot(function(t) mn(t) - x, c(0, 1), tol = 1e-14)$root
    else if (mu < x) 1 / uniroot(function(t) mn(1 / t) - x, c(.Machine$double.eps, 1), tol = 1e-14)$root
    else 1
  }
  list(name = name, table = table, p = res$p.value, estimate = unname(res$estimate), preciseEstimate = precise)
}
write_json("fisher.json", list(
  source = paste(rversion, "fisher.test(table) two-sided: p.value and estimate (conditional MLE); preciseEstimate = the same MLE with uniroot(tol = 1e-14)"),
  cases = list(
    fisher_case("tea tasting", matrix(c(3, 1, 1, 3), 2, byrow = TRUE)),
    fisher_case("small unbalanced", matrix(c(1, 9, 11, 3), 2, byrow = TRUE)),
    fisher_case("larger", matrix(c(12, 5, 4, 19), 2, byrow = TRUE)),
    fisher_case("zero cell", matrix(c(0, 7, 5, 4), 2, byrow = TRUE)),
    fisher_case("symmetric ties", matrix(c(2, 3, 3, 2), 2, byrow = TRUE))
  )
))

# --- Cochran-Armitage ------------------------------------------------------------------------
trend_case <- function(name, x, n, score = seq_along(x)) {
  res <- prop.trend.test(x, n, score)
  list(name = name, successes = vec(x), totals = vec(n), scores = vec(score),
       statistic = unname(res$statistic), p = res$p.value)
}
write_json("cochran-armitage.json", list(
  source = paste(rversion, "prop.trend.test(x, n, score)"),
  cases = list(
    trend_case("four years rising", c(15, 22, 30, 41), c(100, 110, 105, 120)),
    trend_case("smokers (R example)", c(83, 90, 129, 70), c(86, 93, 136, 82)),
    trend_case("uneven scores", c(5, 9, 4, 12, 10), c(40, 44, 38, 41, 30), c(2019, 2020, 2021, 2023, 2024))
  )
))

# --- MANOVA on ilr coordinates -------------------------------------------------------------
input <- read.csv(file.path(out, "manova-input.csv"))
parts <- as.matrix(input[, c("a", "b", "c")])
parts <- parts / rowSums(parts)
delta <- 0.65 * 0.01
zeros <- parts == 0
parts <- ifelse(zeros, delta, parts * (1 - rowSums(zeros) * delta))
z1 <- sqrt(1 / 2) * log(parts[, 1] / parts[, 2])
z2 <- sqrt(2 / 3) * log(sqrt(parts[, 1] * parts[, 2]) / parts[, 3])
group <- factor(input$group)
fit <- summary(manova(cbind(z1, z2) ~ group), test = "Pillai")
row <- fit$stats["group", ]
two <- input$group %in% c(1, 2)
fit2 <- summary(manova(cbind(z1, z2)[two, ] ~ factor(input$group[two])), test = "Pillai")
row2 <- fit2$stats[1, ]
write_json("manova.json", list(
  source = paste(rversion, "summary(manova(cbind(z1, z2) ~ group), test = \"Pillai\") on ilr z1 = sqrt(1/2) ln(a/b), z2 = sqrt(2/3) ln(sqrt(ab)/c) after multiplicative zero replacement (delta = 0.65 * 0.01), data from manova-input.csv"),
  all = list(pillai = unname(row["Pillai"]), f = unname(row["approx F"]),
             df = vec(unname(c(row["num Df"], row["den Df"]))), p = unname(row["Pr(>F)"])),
  firstTwo = list(pillai = unname(row2["Pillai"]), f = unname(row2["approx F"]),
                  df = vec(unname(c(row2["num Df"], row2["den Df"]))), p = unname(row2["Pr(>F)"]))
))

# --- quantile type 7 and scale descriptives --------------------------------------------------
scale <- c(1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 2, 4, 5, 3, 1, 4)
write_json("scale.json", list(
  source = paste(rversion, "table(factor(x, 1:5)), mean(x), quantile(x, 0.5, type = 7), mean(x >= 4)"),
  values = vec(scale), counts = vec(as.vector(table(factor(scale, levels = 1:5)))),
  mean = mean(scale), median = unname(quantile(scale, 0.5, type = 7)), shareAgreeing = mean(scale >= 4)
))
cat("wrote R fixtures to", out, "\n")
