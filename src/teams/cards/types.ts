/**
 * The slice of the Adaptive Card 1.5 schema the Ventanilla cards use, as TypeScript types.
 * Teams renders bot-sent cards up to version 1.5 (research/teams.md §6).
 */

/** A value a card may carry in `data`. */
export type CardData = Readonly<Record<string, string | number | boolean | null>>;

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Default' | 'Bolder';
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  separator?: boolean;
}
export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}
export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
}
export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: { title: string; value: string }[];
  style?: 'compact' | 'expanded';
  isRequired?: boolean;
  errorMessage?: string;
  value?: string;
}
export interface InputToggle {
  type: 'Input.Toggle';
  id: string;
  title: string;
  label?: string;
  value?: 'true' | 'false';
  valueOn: 'true';
  valueOff: 'false';
}
export type CardInput = InputText | InputChoiceSet | InputToggle;
export interface Container {
  type: 'Container';
  items: CardElement[];
  separator?: boolean;
  spacing?: 'None' | 'Small' | 'Medium' | 'Large';
  style?: 'default' | 'emphasis' | 'attention' | 'warning' | 'good' | 'accent';
}
export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
}
export type CardElement = TextBlock | FactSet | Container | ActionSet | CardInput;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: CardData;
}
/** Universal Action (invoke `adaptiveCard/action`), with an Action.Submit fallback for old clients. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: CardData;
  style?: 'default' | 'positive' | 'destructive';
  fallback: SubmitAction;
}
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: AdaptiveCard;
}
export type CardAction = ExecuteAction | ShowCardAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
}
