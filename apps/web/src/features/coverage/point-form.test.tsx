import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PointForm } from './point-form.tsx';

describe('Check a point', () => {
  it('names the field that is wrong and checks nothing', async () => {
    const onCheck = vi.fn();
    render(<PointForm point={undefined} onCheck={onCheck} />);
    await userEvent.type(screen.getByLabelText('Latitude'), '95');
    await userEvent.type(screen.getByLabelText('Longitude'), 'east');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Latitude must be between -90 and 90')).toBeInTheDocument();
    expect(screen.getByText('Longitude must be a decimal number, like 43.6045')).toBeInTheDocument();
    expect(screen.getByLabelText('Latitude')).toHaveAttribute('aria-invalid', 'true');
    expect(onCheck).not.toHaveBeenCalled();
  });

  it('checks typed coordinates as numbers, and shows a point set elsewhere (a map click)', async () => {
    const onCheck = vi.fn();
    const { rerender } = render(<PointForm point={undefined} onCheck={onCheck} />);
    await userEvent.type(screen.getByLabelText('Latitude'), '43.6045');
    await userEvent.type(screen.getByLabelText('Longitude'), '1.444');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onCheck).toHaveBeenCalledWith({ lat: 43.6045, lng: 1.444 }, expect.anything());
    rerender(<PointForm point={{ lat: 48.8566, lng: 2.3522 }} onCheck={onCheck} />);
    expect(screen.getByLabelText('Latitude')).toHaveValue('48.8566');
    expect(screen.getByLabelText('Longitude')).toHaveValue('2.3522');
  });
});
