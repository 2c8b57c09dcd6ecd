/** Minimal types for the parts of moment-business-time@2 the calendar bench uses (it ships none). */
declare module 'moment-business-time' {
  interface WorkingMoment {
    addWorkingTime(amount: number, unit: 'hours' | 'minutes'): WorkingMoment;
    workingDiff(other: WorkingMoment, unit: 'minutes'): number;
    valueOf(): number;
  }
  interface MomentBusinessTime {
    (input: number): WorkingMoment;
    updateLocale(locale: string, config: { workinghours: Record<number, string[] | null>; holidays: string[] }): unknown;
  }
  const moment: MomentBusinessTime;
  export default moment;
}
