// SurveyJS (survey-core + its framework-free UI): our quiz's questions as a survey, one per page.
// The fontless stylesheet: the default one loads 24 web fonts from a third-party host.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.fontless.min.css';

export function mount(root, { quiz }) {
  const container = document.createElement('div');
  root.append(container);
  const model = new Model({
    title: quiz.title,
    description: quiz.intro,
    showProgressBar: true,
    pages: quiz.questions.map((question) => ({
      elements: [{
        type: question.type === 'multiple' ? 'checkbox' : 'radiogroup',
        name: question.id,
        title: question.prompt,
        choices: question.choices.map((choice) => ({ value: choice.id, text: choice.label })),
        correctAnswer: question.type === 'multiple'
          ? question.choices.filter((choice) => choice.safe).map((choice) => choice.id)
          : question.choices.find((choice) => choice.safe)?.id,
      }],
    })),
  });
  renderSurvey(model, container);
}
