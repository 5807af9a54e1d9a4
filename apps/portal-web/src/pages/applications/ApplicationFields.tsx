import { TextField } from '../../components/TextField.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The name and description inputs that creating and editing an application share. */
export function ApplicationFields(props: {
  name: string;
  description: string;
  onNameChange: (name: string) => void;
  onDescriptionChange: (description: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('apps.name')}
        required
        maxLength={100}
        value={props.name}
        onChange={(event) => props.onNameChange(event.target.value)}
      />
      <TextField
        label={t('apps.descriptionField')}
        maxLength={1000}
        value={props.description}
        onChange={(event) => props.onDescriptionChange(event.target.value)}
      />
    </>
  );
}
