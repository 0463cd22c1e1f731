// Options of a bench script: `--name=value`, `--name` or `--no-name` on the command line, else BENCH_NAME in the environment.

/** The raw value of `--name` (a string): the flag wins over BENCH_NAME, which wins over `fallback`. */
export function option(name, fallback) {
  if (process.argv.includes(`--no-${name}`)) return 'false'
  const flag = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (flag) return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : 'true'
  return process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`] ?? fallback
}

/** An integer option; a bad value stops the script before anything is started. */
export function intOption(name, fallback, min = 1) {
  const value = Number(option(name, fallback))
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} doit être un entier ≥ ${min} (reçu « ${option(name, fallback)} »)`)
  return value
}

/** A yes/no option: `--name`, `--name=1|true|yes` or BENCH_NAME=1|true|yes; `--no-name` says no. */
export const flagOption = (name, fallback = '') =>
  ['1', 'true', 'yes'].includes(String(option(name, fallback)).toLowerCase())
